package no.hod.styringsregister.oppdrag.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words, normalised titles, search queries and natural sort keys. Plain Java so the rules are testable alone. */
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

	/** The distinct words of the texts (ids kept whole as well), for trigram matching of near-miss spellings. */
	static String ordliste(List<String> ider, String... tekster) {
		Set<String> ord = new LinkedHashSet<>();
		ider.stream().map(id -> id.toLowerCase(NORSK)).forEach(ord::add);
		for (String tekst : tekster) {
			ord.addAll(ord(tekst));
		}
		return String.join(" ", ord);
	}

	/**
	 * A {@code to_tsquery} text that finds every word of the query as a prefix ({@code vaksine} finds
	 * "vaksinasjonsprogram" after stemming), optionally only in one weight ({@code A} = title and ids). Only letters
	 * and digits reach the query, so its syntax cannot be broken. {@code null} when the query has no words.
	 */
	static String tsquery(String sok, String vekt) {
		List<String> ord = ord(sok);
		if (ord.isEmpty()) {
			return null;
		}
		return ord.stream().map(o -> o + ":*" + vekt).collect(Collectors.joining(" & "));
	}

	/** The query's words long enough for trigram matching. */
	static List<String> trigramord(String sok) {
		return ord(sok).stream().filter(o -> o.length() >= MINSTE_TRIGRAMORD).toList();
	}
}
