package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vedlegg II – fullmakter. The appendix is split at its headings (Bestillingsfullmakt, Merinntektsfullmakter,
 * Andre fullmakter, Personalfullmakter, ...). An ordering authority gives one authorisation per post of its table
 * with the post's ceiling ("Samlet ramme"); an authority to exceed against extra income gives one per pair of
 * expense and income chapter; personnel authority one per subheading; any other heading one for its whole text.
 */
final class Authorizations2025 {

	private static final Pattern HEADING = Pattern.compile("^(fullmakter? (?:iht\\.|i henhold til)\\s.*"
			+ "|bestillingsfullmakt(?:er)?|merinntektsfullmakt(?:er)?|tilsagnsfullmakt(?:er)?"
			+ "|overskridelsesfullmakt(?:er)?|fullmakt til (?:å )?overskride.*|andre fullmakter|øvrige fullmakter"
			+ "|personalfullmakt(?:er)?)\\s*:?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern TABLE_CHAPTER = Pattern.compile("^(\\d{3,4})\\s+(\\p{L}.*)$");
	private static final Pattern TABLE_POST = Pattern.compile("^(\\d{2})\\s+(\\S.*)$");
	private static final Pattern CEILING = Pattern.compile(
			"(?:^|\\s)((?:\\d[\\d ]*+(?:,\\d++)?\\s*(?:mill\\.|mrd\\.|millioner|milliarder)?\\s*kr(?:oner)?\\.?)|[-–])$");
	private static final int CEILING_WINDOW = 40;
	private static final Pattern CHAPTER_REF = Pattern.compile(
			"kap\\.?\\s*(\\d{3,4}),?\\s+(post(?:ene)?\\s+\\d{2}(?:\\s*(?:,|og)\\s*\\d{2})*)", Pattern.CASE_INSENSITIVE);

	private Authorizations2025() {
	}

	static List<AuthorizationDraft> read(List<String> lines) {
		Appendix.Range range = Appendix.find(lines, "II", "fullmakt");
		if (range == null) {
			return List.of();
		}
		List<AuthorizationDraft> result = new ArrayList<>();
		String heading = null;
		List<String> block = new ArrayList<>();
		for (int i = range.from(); i < range.to(); i++) {
			String line = lines.get(i);
			if (line.isEmpty() || Cells.isUrl(line)) {
				continue;
			}
			if (HEADING.matcher(line).matches() && line.split(" ").length <= 8) {
				if (heading != null) {
					result.addAll(block(heading, block));
				}
				heading = line.replaceAll("\\s*:$", "");
				block = new ArrayList<>();
			} else {
				block.add(line);
			}
		}
		if (heading != null) {
			result.addAll(block(heading, block));
		} else if (!block.isEmpty()) {
			result.add(new AuthorizationDraft("Fullmakt", paragraphs(block)));
		}
		return result;
	}

	private static List<AuthorizationDraft> block(String heading, List<String> block) {
		String lower = heading.toLowerCase(Locale.ROOT);
		List<AuthorizationDraft> found = List.of();
		if (lower.startsWith("bestilling")) {
			found = ordering(block);
		} else if (lower.startsWith("merinntekt")) {
			found = extraIncome(block);
		} else if (lower.startsWith("personal")) {
			found = personnel(block);
		}
		if (!found.isEmpty() || block.isEmpty()) {
			return found;
		}
		return List.of(new AuthorizationDraft(kind(lower, heading), paragraphs(block)));
	}

	private static String kind(String lower, String heading) {
		if (lower.startsWith("bestilling")) {
			return "Bestillingsfullmakt";
		}
		if (lower.startsWith("merinntekt")) {
			return "Merinntektsfullmakt";
		}
		if (lower.startsWith("personal")) {
			return "Personalfullmakt";
		}
		if (lower.startsWith("tilsagn")) {
			return "Tilsagnsfullmakt";
		}
		if (lower.contains("overskrid")) {
			return "Overskridelsesfullmakt";
		}
		if (lower.startsWith("andre") || lower.startsWith("øvrige")) {
			return "Annen fullmakt";
		}
		if (lower.contains("bevilgningsreglementet")) {
			return "Fullmakt iht. bevilgningsreglementet";
		}
		return heading;
	}

	/** The table {@code Kap. | Post | Betegnelse | Samlet ramme}: one authorisation per post. */
	private static List<AuthorizationDraft> ordering(List<String> block) {
		List<AuthorizationDraft> result = new ArrayList<>();
		String chapter = null;
		String chapterName = null;
		String post = null;
		List<String> postText = new ArrayList<>();
		for (String line : block) {
			Matcher chapterLine = TABLE_CHAPTER.matcher(line);
			Matcher postLine = TABLE_POST.matcher(line);
			if (post == null && chapterLine.matches()) {
				chapter = chapterLine.group(1);
				chapterName = chapterLine.group(2);
			} else if (chapter != null && post == null && postLine.matches()) {
				post = postLine.group(1);
				postText = new ArrayList<>(List.of(postLine.group(2)));
			} else if (post != null) {
				postText.add(line);
			}
			if (post != null) {
				String text = Cells.join(postText);
				// a ceiling is short: looking at the end only keeps the search linear on long lines
				int from = Math.max(0, text.length() - CEILING_WINDOW);
				Matcher ceiling = CEILING.matcher(text).region(from, text.length())
						.useTransparentBounds(true).useAnchoringBounds(false);
				if (ceiling.find()) {
					String name = text.substring(0, ceiling.start()).strip();
					result.add(new AuthorizationDraft("Bestillingsfullmakt", "Kap. " + chapter + " " + chapterName
							+ ", post " + post + " " + name + (name.endsWith(".") ? "" : ".") + " Samlet ramme: "
							+ ceiling.group(1)));
					post = null;
				}
			}
		}
		return result;
	}

	/**
	 * Pairs of "overskride bevilgningen under kap. 714 post 22 mot tilsvarende merinntekter under kap. 3714 post 04".
	 * The two columns come out interleaved, so each expense chapter is paired with the income chapter 3000 higher
	 * (or, where none, the income reference in the same place).
	 */
	private static List<AuthorizationDraft> extraIncome(List<String> block) {
		List<String[]> expenses = new ArrayList<>();
		List<String[]> incomes = new ArrayList<>();
		Matcher reference = CHAPTER_REF.matcher(String.join(" ", block));
		while (reference.find()) {
			String[] found = { reference.group(1), reference.group(2) };
			if (BudgetLineDraft.Kind.ofChapter(Integer.parseInt(found[0])) == BudgetLineDraft.Kind.INCOME) {
				incomes.add(found);
			} else {
				expenses.add(found);
			}
		}
		List<AuthorizationDraft> result = new ArrayList<>();
		for (int i = 0; i < expenses.size(); i++) {
			String[] expense = expenses.get(i);
			String[] income = incomes.stream()
					.filter(candidate -> Integer.parseInt(candidate[0]) == Integer.parseInt(expense[0]) + 3000)
					.findFirst().orElse(i < incomes.size() ? incomes.get(i) : null);
			String text = "Overskride bevilgningen under kap. " + expense[0] + " " + expense[1];
			if (income != null) {
				text += " mot tilsvarende merinntekter under kap. " + income[0] + " " + income[1];
			}
			result.add(new AuthorizationDraft("Merinntektsfullmakt", text));
		}
		return result;
	}

	/** One authorisation per subheading: a capitalised line, after a finished sentence, that bullets follow. */
	private static List<AuthorizationDraft> personnel(List<String> block) {
		List<AuthorizationDraft> result = new ArrayList<>();
		String title = null;
		List<String> body = new ArrayList<>();
		int i = 0;
		while (i < block.size()) {
			int end = subheadingEnd(block, i);
			if (end > i) {
				if (title != null) {
					result.add(new AuthorizationDraft("Personalfullmakt", title + ": " + paragraphs(body)));
				}
				title = Cells.join(block.subList(i, end));
				body = new ArrayList<>();
				i = end;
			} else {
				body.add(block.get(i++));
			}
		}
		if (title != null) {
			result.add(new AuthorizationDraft("Personalfullmakt", title + ": " + paragraphs(body)));
		}
		return result;
	}

	/** Where the subheading starting at {@code i} ends (exclusive), or {@code i} where none starts there. */
	private static int subheadingEnd(List<String> block, int i) {
		String line = block.get(i);
		String previous = i == 0 ? null : block.get(i - 1);
		if (Cells.isBullet(line) || !Character.isUpperCase(line.charAt(0))
				|| (previous != null && !previous.endsWith(".") && !previous.endsWith(":"))) {
			return i;
		}
		int j = i + 1;
		while (j < block.size() && !Cells.isBullet(block.get(j)) && Character.isLowerCase(block.get(j).charAt(0))) {
			j++;
		}
		return j < block.size() && Cells.isBullet(block.get(j)) ? j : i;
	}

	/** The lines as text: a new line for each bullet and each sentence that starts a line after a finished one. */
	static String paragraphs(List<String> lines) {
		List<String> out = new ArrayList<>();
		List<String> current = new ArrayList<>();
		String previous = null;
		for (String line : lines) {
			boolean fresh = Cells.isBullet(line) || (previous != null && (previous.endsWith(".") || previous.endsWith(":"))
					&& Character.isUpperCase(line.charAt(0)));
			if (fresh && !current.isEmpty()) {
				out.add(Cells.join(current));
				current.clear();
			}
			current.add(line);
			previous = line;
		}
		if (!current.isEmpty()) {
			out.add(Cells.join(current));
		}
		return String.join("\n", out);
	}
}
