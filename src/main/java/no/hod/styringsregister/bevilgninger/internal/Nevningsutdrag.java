package no.hod.styringsregister.bevilgninger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner.Utdrag;

/**
 * The part of a budget line's comment that names an assignment, for its page: a comment runs to two thousand
 * characters, and its start seldom says why the line is listed. The first mention (the official id, the whole title or
 * a quoted part of it, as {@link Tittelnevninger} reads them) with the whole list item it stands in (an earmark: its
 * amount is what the reader needs, and the letter gives it at the item's start), up to {@link #HELT_LEDD} characters
 * either side; where the item is longer, or the comment no list, with its sentence, or with {@link #RUNDT} characters
 * either side where the sentence is longer, cut at whole words, «…» where the comment goes on.
 */
final class Nevningsutdrag {

	/** How much of the comment is shown either side of the mention, at most. */
	static final int RUNDT = 80;

	/** How much of the mention's list item is shown either side of it, at most, before only its sentence is. */
	static final int HELT_LEDD = 300;

	static final String UTELATT = "…";

	/** A word as written, any dash or soft hyphen inside it; {@link Tittelnevninger#ord} reads it as the comparison does. */
	private static final Pattern ORD = Pattern
		.compile("[\\p{L}\\p{N}\\u00AD]+(?:[-\\u2010-\\u2015\\u2212][\\p{L}\\p{N}\\u00AD]+)*");

	/**
	 * Where a sentence or an item may end: its mark before a new one (capital, figure or quote), an empty line,
	 * or a line that starts with a bullet or a figure (the letter's «• 1,5 mill. kroner …» and «10 mill. kroner …»).
	 * A line break alone is mostly the table's wrapping.
	 */
	private static final Pattern SETNINGSSLUTT = Pattern
		.compile("[.!?](?=\\s+[\\p{Lu}\\p{N}«\"“])|\\n\\s*\\n|\\s*\\n\\s*(?=[•\\p{N}])|\\s+(?=•)");

	/** The letters' abbreviations, whose full stop ends no sentence («jf. TB2025-20», «kap. 714», «mill. kroner»). */
	private static final Set<String> FORKORTELSER = Set.of("jf", "jfr", "kap", "mill", "mrd", "nr", "ca", "pkt", "dvs",
			"mv", "evt", "ev", "iht", "vedr", "pr", "kr", "st", "prop", "ref", "inkl", "ekskl", "bl.a", "f.eks", "m.m",
			"o.l", "m.fl", "t.o.m", "f.o.m");

	/** Where a list item ends: the item ends of {@link #SETNINGSSLUTT}, without its sentence ends. */
	private static final Pattern LEDDSLUTT = Pattern.compile("\\n\\s*\\n|\\s*\\n\\s*(?=[•\\p{N}])|\\s+(?=•)");

	private static final Pattern MELLOMROM = Pattern.compile("\\s+");

	private Nevningsutdrag() {
	}

	/**
	 * The excerpt around the first place the comment names the assignment; the comment's start when it names it in no
	 * way this can find.
	 */
	static Utdrag av(String kommentar, String offisiellId, String tittel) {
		int[] sted = forsteNevning(kommentar, offisiellId, tittel);
		if (sted == null) {
			int slutt = kommentar.length() <= 2 * RUNDT ? kommentar.length() : ordslutt(kommentar, 2 * RUNDT, RUNDT);
			return new Utdrag(samlet(kommentar.substring(0, slutt)).strip()
					+ (slutt < kommentar.length() ? " " + UTELATT : ""), "", "");
		}
		int start = sted[0];
		int slutt = sted[1];
		int fra = leddstart(kommentar, start);
		if (start - fra > HELT_LEDD) {
			fra = setningsstart(kommentar, start);
			if (start - fra > RUNDT) {
				fra = ordstart(kommentar, start - RUNDT, start);
			}
		}
		int til = leddslutt(kommentar, slutt);
		if (til - slutt > HELT_LEDD) {
			til = setningsslutt(kommentar, slutt);
			if (til - slutt > RUNDT) {
				til = ordslutt(kommentar, slutt + RUNDT, slutt);
			}
		}
		// Whatever is left out, a sentence or part of one, is marked: the excerpt is not the whole comment.
		boolean kuttetForan = !kommentar.substring(0, fra).isBlank();
		boolean kuttetEtter = !kommentar.substring(til).isBlank();
		String foran = samlet(kommentar.substring(fra, start)).stripLeading();
		String etter = samlet(kommentar.substring(slutt, til)).stripTrailing();
		return new Utdrag((kuttetForan ? UTELATT + " " : "") + foran, samlet(kommentar.substring(start, slutt)),
				etter + (kuttetEtter ? " " + UTELATT : ""));
	}

	/** Start and end of the first mention, or null. */
	private static int[] forsteNevning(String kommentar, String offisiellId, String tittel) {
		List<int[]> steder = new ArrayList<>();
		if (offisiellId != null && !offisiellId.isBlank()) {
			Matcher id = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(offisiellId) + "(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE).matcher(kommentar);
			if (id.find()) {
				steder.add(new int[] { id.start(), id.end() });
			}
		}
		String tittelord = Tittelnevninger.ord(tittel);
		if (!tittelord.isEmpty()) {
			tittelen(kommentar, tittelord).ifPresent(steder::add);
			sitatet(kommentar, tittelord).ifPresent(steder::add);
		}
		return steder.stream().min((a, b) -> Integer.compare(a[0], b[0])).orElse(null);
	}

	/** The whole title in running text; a one-word title only as the whole comment, as {@link Tittelnevninger} reads. */
	private static Optional<int[]> tittelen(String kommentar, String tittelord) {
		List<String> ord = new ArrayList<>();
		List<int[]> steder = new ArrayList<>();
		Matcher m = ORD.matcher(kommentar);
		while (m.find()) {
			// A word the comparison reads as several (a ligature, a fraction) keeps the place of the whole.
			for (String del : Tittelnevninger.ord(m.group()).split(" ")) {
				if (!del.isEmpty()) {
					ord.add(del);
					steder.add(new int[] { m.start(), m.end() });
				}
			}
		}
		String[] tittel = tittelord.split(" ");
		if (tittel.length == 1 && !(ord.size() == 1 && ord.get(0).equals(tittel[0]))) {
			return Optional.empty();
		}
		for (int i = 0; i + tittel.length <= ord.size(); i++) {
			if (ord.subList(i, i + tittel.length).equals(List.of(tittel))) {
				return Optional.of(new int[] { steder.get(i)[0], steder.get(i + tittel.length - 1)[1] });
			}
		}
		return Optional.empty();
	}

	/** The first quotation that is the title, or a part of it of words enough to name it. */
	private static Optional<int[]> sitatet(String kommentar, String tittelord) {
		Matcher m = Tittelnevninger.SITAT.matcher(kommentar);
		while (m.find()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) == null) {
					continue;
				}
				String sitat = Tittelnevninger.ord(m.group(g));
				if (!sitat.isEmpty() && (sitat.equals(tittelord)
						|| Tittelnevninger.antallOrd(sitat) >= Tittelnevninger.MINST_ORD_I_SITAT
								&& (" " + tittelord + " ").contains(" " + sitat + " "))) {
					return Optional.of(new int[] { m.start(g), m.end(g) });
				}
			}
		}
		return Optional.empty();
	}

	private static int leddstart(String tekst, int foer) {
		int start = 0;
		Matcher m = LEDDSLUTT.matcher(tekst);
		while (m.find() && m.end() <= foer) {
			start = m.end();
		}
		return start;
	}

	private static int leddslutt(String tekst, int etter) {
		Matcher m = LEDDSLUTT.matcher(tekst);
		while (m.find()) {
			if (m.start() >= etter) {
				return m.start();
			}
		}
		return tekst.stripTrailing().length();
	}

	private static int setningsstart(String tekst, int foer) {
		int start = 0;
		Matcher m = SETNINGSSLUTT.matcher(tekst);
		while (m.find() && m.end() <= foer) {
			if (slutter(tekst, m)) {
				start = m.end();
			}
		}
		return start;
	}

	private static int setningsslutt(String tekst, int etter) {
		Matcher m = SETNINGSSLUTT.matcher(tekst);
		while (m.find()) {
			if (m.start() >= etter && slutter(tekst, m)) {
				// The sentence keeps its full stop; an item ends where its text does.
				return ".!?".indexOf(tekst.charAt(m.start())) >= 0 ? m.start() + 1 : m.start();
			}
		}
		return tekst.length();
	}

	/** Whether the mark ends a sentence: not the full stop of an abbreviation or of a single letter. */
	private static boolean slutter(String tekst, Matcher m) {
		if (tekst.charAt(m.start()) != '.') {
			return true;
		}
		int i = m.start();
		while (i > 0 && (Character.isLetter(tekst.charAt(i - 1)) || tekst.charAt(i - 1) == '.')) {
			i--;
		}
		String ord = tekst.substring(i, m.start()).toLowerCase(Locale.ROOT);
		return ord.length() != 1 && !FORKORTELSER.contains(ord);
	}

	/** The first word start at or after {@code fra}, not past {@code grense}. */
	private static int ordstart(String tekst, int fra, int grense) {
		int i = fra;
		if (i > 0 && !Character.isWhitespace(tekst.charAt(i - 1))) {
			while (i < grense && !Character.isWhitespace(tekst.charAt(i))) {
				i++;
			}
		}
		return i;
	}

	/** The last word end at or before {@code til}, not before {@code grense}. */
	private static int ordslutt(String tekst, int til, int grense) {
		int i = til;
		if (i < tekst.length() && !Character.isWhitespace(tekst.charAt(i))) {
			while (i > grense && !Character.isWhitespace(tekst.charAt(i - 1))) {
				i--;
			}
		}
		return i;
	}

	/** Line breaks of the letter's table and runs of spaces as one space. */
	private static String samlet(String tekst) {
		return MELLOMROM.matcher(tekst).replaceAll(" ");
	}
}
