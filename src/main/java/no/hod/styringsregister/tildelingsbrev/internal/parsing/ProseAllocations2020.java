package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole appropriation the 2020 layout gives in a sentence instead of a table, as under «4.1 Pasient- og
 * brukerombud»: {@code Helsedirektoratet tildeles bevilgningen på 73, 326 mill. kroner over kap. 709, post 01
 * Driftsutgifter.} Only that wording is read («tildeles bevilgningen på … over kap. …, post …»): the letters use it
 * for nothing else, whereas looser sentences with an amount and a post («19,8 mill. kroner er overført til kap. 701,
 * post 72», «Det er satt av 1 mill. kroner over kap. 732, post 21») move or earmark money and are no line of their
 * own. A post a table already holds is left to the table. Each line read so is named in a warning, so that the
 * admin checks it against the letter.
 */
final class ProseAllocations2020 {

	private static final Pattern ALLOCATION = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*\\s+tildeles\\s+bevilgningen\\s+på\\s+(\\d{1,6}(?:,\\s?\\d{1,3})?)"
			+ "\\s*(?:mill\\.|millioner)\\s*kr(?:oner)?\\.?\\s+over\\s+[Kk]ap\\.?\\s*(\\d{3,4}),?\\s*post\\s*(\\d{2})(?!\\d)"
			+ "(?:\\s+(\\p{Lu}[^.]{0,120}?))?\\s*\\.", Pattern.UNICODE_CHARACTER_CLASS);

	private ProseAllocations2020() {
	}

	/** The lines of {@code budget} with a line added for each post a sentence allocates and no table holds. */
	static List<BudgetLineDraft> add(List<String> lines, List<BudgetLineDraft> budget, List<String> warnings) {
		List<BudgetLineDraft> result = new ArrayList<>(budget);
		for (String paragraph : Letter2020Paragraphs.paragraphs(lines)) {
			Matcher m = ALLOCATION.matcher(paragraph);
			while (m.find()) {
				int chapter = Integer.parseInt(m.group(2));
				int post = Integer.parseInt(m.group(3));
				if (result.stream().anyMatch(l -> l.chapter() == chapter && l.post() == post)) {
					continue;
				}
				// «73, 326 mill.»: the extraction put a space after the decimal comma.
				String millions = m.group(1).replace(" ", "");
				long amount = Amounts.millions(millions.contains(",") ? millions : millions + ",0");
				// The sentence from its subject («Helsedirektoratet tildeles …»), without its full stop.
				String sentence = m.group().substring(0, m.group().length() - 1).strip();
				result.add(new BudgetLineDraft(chapter, post, m.group(4) == null ? null : m.group(4).strip(), amount,
						null, BudgetLineDraft.Kind.ofChapter(chapter), "Fra brevets tekst: «" + sentence + ".»"));
				warnings.add("Budsjettlinje " + chapter + "." + String.format(Locale.ROOT, "%02d", post)
						+ " er lest fra brevets tekst, ikke fra en bevilgningstabell: «" + sentence
						+ "». Sjekk linjen mot brevet.");
			}
		}
		return result;
	}
}
