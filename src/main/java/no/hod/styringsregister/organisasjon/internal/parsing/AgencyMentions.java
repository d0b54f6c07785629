package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which agency a text describes, judged by the agency names it mentions: organisation pages rarely name their own
 * agency in a heading, but they name it throughout («Helsedirektoratets internasjonale arbeid»). Used to warn when the
 * admin chose one agency and the text is about another.
 */
public final class AgencyMentions {

	private static final Pattern DIRECTORATE = Pattern.compile("(?<!\\p{L})(\\p{Lu}\\p{Ll}+direktoratet)(?=s?(?!\\p{L}))");

	/** Fewer mentions than this are a partner named in passing, not the text's subject. */
	static final int MIN_MENTIONS = 3;

	private AgencyMentions() {
	}

	/** How often each name is mentioned (also in the genitive, «Helsedirektoratets»), most mentioned first. */
	public static Map<String, Integer> count(String text, Collection<String> names) {
		Set<String> candidates = new LinkedHashSet<>(names);
		Matcher directorate = DIRECTORATE.matcher(text);
		while (directorate.find()) {
			candidates.add(directorate.group(1));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String name : candidates) {
			if (name == null || name.isBlank()) {
				continue;
			}
			Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name.strip()) + "s?(?!\\p{L})",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
			int n = 0;
			while (m.find()) {
				n++;
			}
			counts.merge(name.strip(), n, Math::max);
		}
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/**
	 * A warning in Norwegian when the text is clearly about another agency than {@code chosen}: another name is
	 * mentioned at least {@value #MIN_MENTIONS} times and more than twice as often as the chosen one.
	 *
	 * @param registered the agencies in the register; directorates the text names are counted too
	 */
	public static Optional<String> otherAgency(String text, String chosen, Collection<String> registered) {
		return finding(text, chosen, registered).map(funn -> funn + " Sjekk at du valgte riktig etat. Er det feil, "
				+ "avbryt og last opp filen på nytt med riktig etat valgt.");
	}

	/**
	 * What {@link #otherAgency} finds, without the advice on what to do, which depends on the page: «Teksten ser ut
	 * til å beskrive X, ikke Y: X er nevnt 12 ganger, Y ingen ganger.»
	 */
	public static Optional<String> finding(String text, String chosen, Collection<String> registered) {
		if (text == null || chosen == null || chosen.isBlank()) {
			return Optional.empty();
		}
		List<String> names = new java.util.ArrayList<>(registered);
		names.add(chosen);
		Map<String, Integer> counts = count(text, names);
		String key = chosen.strip().toLowerCase(Locale.ROOT);
		int chosenCount = counts.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key))
			.mapToInt(Map.Entry::getValue).max().orElse(0);
		return counts.entrySet().stream().findFirst()
			.filter(best -> !best.getKey().toLowerCase(Locale.ROOT).equals(key))
			.filter(best -> best.getValue() >= MIN_MENTIONS && best.getValue() > 2 * chosenCount)
			.map(best -> "Teksten ser ut til å beskrive " + best.getKey() + ", ikke " + chosen.strip() + ": "
					+ best.getKey() + " er nevnt " + ganger(best.getValue()) + ", " + chosen.strip() + " "
					+ ganger(chosenCount) + ".");
	}

	private static String ganger(int n) {
		return n == 0 ? "ingen ganger" : n == 1 ? "én gang" : n + " ganger";
	}
}
