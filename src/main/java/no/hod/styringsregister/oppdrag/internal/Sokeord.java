package no.hod.styringsregister.oppdrag.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words, normalised titles and search queries. Plain Java so the rules are testable alone. */
final class Sokeord {

	static final Locale NORSK = Locale.forLanguageTag("nb-NO");

	/** Shorter words make trigram matching meaningless (every text has "og"). */
	static final int MINSTE_TRIGRAMORD = 3;

	private static final Pattern IKKE_ORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Sokeord() {
	}

	/** Lower case, punctuation to spaces, single spaces: how titles are compared on re-import. */
	static String normalisertTittel(String tittel) {
		return String.join(" ", ord(tittel));
	}

	/** The words of a text, lower case, in order. */
	static List<String> ord(String tekst) {
		if (tekst == null) {
			return List.of();
		}
		return Arrays.stream(IKKE_ORD.split(tekst.toLowerCase(NORSK))).filter(ord -> !ord.isEmpty()).toList();
	}

	/** The distinct words of the texts long enough for trigram matching, for the search dictionary. */
	static Set<String> ordsett(String... tekster) {
		Set<String> ord = new LinkedHashSet<>();
		for (String tekst : tekster) {
			ord(tekst).stream().filter(o -> o.length() >= MINSTE_TRIGRAMORD).forEach(ord::add);
		}
		return ord;
	}

	/**
	 * A {@code to_tsquery} text: every word of the query must match, as a prefix ({@code vaksine} finds
	 * "vaksinasjonsprogram" after stemming) or as one of its near-miss spellings from the dictionary. A word of one
	 * letter or digit matches only itself: as a prefix ("e" of "e-helse") it would match nearly every text, and cost
	 * the index as much. Only letters and digits reach the query, so its syntax cannot be broken. {@code null} when
	 * the query has no words.
	 *
	 * @param lignende per query word, similar words of the dictionary
	 */
	static String tsquery(String sok, Map<String, List<String>> lignende) {
		List<String> ord = ord(sok);
		if (ord.isEmpty()) {
			return null;
		}
		return ord.stream().map(o -> {
			List<String> alternativer = new ArrayList<>();
			alternativer.add(o.codePointCount(0, o.length()) > 1 ? o + ":*" : o);
			lignende.getOrDefault(o, List.of()).stream().filter(lik -> !lik.equals(o)).forEach(alternativer::add);
			return alternativer.size() == 1 ? alternativer.get(0) : "(" + String.join(" | ", alternativer) + ")";
		}).collect(Collectors.joining(" & "));
	}

	/**
	 * The query's words worth widening by trigram similarity: three letters or more, and no digits (ids and numbers
	 * are matched exactly or as prefixes; widening "tb2025" would bring in every other year's ids).
	 */
	static List<String> trigramord(String sok) {
		return ord(sok).stream().filter(o -> o.length() >= MINSTE_TRIGRAMORD && o.chars().noneMatch(Character::isDigit))
			.toList();
	}
}
