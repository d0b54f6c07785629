package no.hod.styringsregister.oppdrag.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.hod.styringsregister.oppdrag.OppdragImport;

/** Words, normalised titles and search queries. Plain Java so the rules are testable alone. */
final class Sokeord {

	static final Locale NORSK = Locale.forLanguageTag("nb-NO");

	/** Shorter words make trigram matching meaningless (every text has "og"). */
	static final int MINSTE_TRIGRAMORD = 3;

	private static final Pattern IKKE_ORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Sokeord() {
	}

	/** A number's leading zeros: those of «023» and «0023», never its only digit («0») nor a zero inside («230»). */
	private static final Pattern NULLER_FORAN = Pattern.compile("(?<![0-9])0+(?=[0-9])");

	/** The last number of a text. */
	private static final Pattern SISTE_TALL = Pattern.compile("[0-9]+(?=[^0-9]*$)");

	/** The digits of a register key's number ({@code O-2025-0023}, see OppdragSkriving.nyNokkel). */
	private static final int NOKKELSIFRE = 4;

	/**
	 * The spellings of an id the query may stand for, lower case: as typed; as the register keeps ids (the hyphens of
	 * OppdragImport.offisiellId); with its numbers' leading zeros dropped, as official ids have none («TB2025-023» is
	 * TB2025-23); and that with its last number padded to the four digits of a register key («O-2025-23» is
	 * O-2025-0023). Only zeros before another digit go, so «TB2025-0230» stands for TB2025-230, never TB2025-23.
	 */
	static List<String> idformer(String sok) {
		Set<String> former = new LinkedHashSet<>();
		former.add(sok.toLowerCase(NORSK));
		String id = OppdragImport.offisiellId(sok).toLowerCase(NORSK);
		former.add(id);
		String utenNuller = NULLER_FORAN.matcher(id).replaceAll("");
		former.add(utenNuller);
		former.add(SISTE_TALL.matcher(utenNuller)
			.replaceFirst(m -> "0".repeat(Math.max(0, NOKKELSIFRE - m.group().length())) + m.group()));
		return List.copyOf(former);
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
	 * A {@code to_tsquery} text: every word of the query must match as a prefix ({@code vaksine} finds
	 * "vaksinasjonsprogram" after stemming). A word of one letter or digit matches only itself: as a prefix ("e" of
	 * "e-helse") it would match nearly every text, and cost the index as much. A quoted phrase must match as a phrase
	 * (see {@link #ledd}). Only letters and digits reach the query, so its syntax cannot be broken. {@code null} when
	 * the query has no words. What a match of this query finds is an exact hit; what only the widened query (below)
	 * finds is a near-miss.
	 */
	static String tsquery(String sok) {
		return strikt(sok, Map.of());
	}

	/** The quotation marks that open or close a phrase: the plain one and the Norwegian and typographic ones. */
	private static final Pattern ANFORSELSTEGN = Pattern.compile("[\"«»“”„]");

	/**
	 * A part of a query: one word typed as it is, or the words of a quoted phrase ({@code uttrykk}). A phrase's words
	 * must stand next to each other in that order, each in any of its forms (its stem, as the instruction search's
	 * websearch_to_tsquery), but neither as a prefix nor widened: quoting asks for the words as typed, so a quoted
	 * «abort» finds «aborter» but not «abortutvalget», nor a near-miss spelling.
	 */
	record Ledd(List<String> ord, boolean uttrykk) {
	}

	/**
	 * The parts of a query in order: each word outside quotes, and the words between two quotes as one phrase. A
	 * quote left open runs to the end of the query (as in websearch_to_tsquery); quotes with no word between are
	 * dropped.
	 */
	static List<Ledd> ledd(String sok) {
		if (sok == null) {
			return List.of();
		}
		List<Ledd> ledd = new ArrayList<>();
		String[] biter = ANFORSELSTEGN.split(sok, -1);
		for (int i = 0; i < biter.length; i++) {
			List<String> ord = ord(biter[i]);
			if (i % 2 == 1 && !ord.isEmpty()) {
				ledd.add(new Ledd(ord, true));
			}
			else if (i % 2 == 0) {
				ord.forEach(o -> ledd.add(new Ledd(List.of(o), false)));
			}
		}
		return ledd;
	}

	/** A phrase as a tsquery text: its words, each exactly (so stemmed), next to each other. */
	private static String uttrykk(List<String> ord) {
		return String.join(" <-> ", ord);
	}

	/** The query as a tsquery text: each word as {@code alternativer} gives it, each phrase as {@link #uttrykk}. */
	private static String sporring(String sok, Function<String, Set<String>> alternativer) {
		return og(ledd(sok).stream().map(l -> l.uttrykk() ? uttrykk(l.ord()) : enten(alternativer.apply(l.ord().get(0)))));
	}

	/** The words of the query outside quotes, in order: those a search widens. */
	private static List<String> frieOrd(String sok) {
		return ledd(sok).stream().filter(l -> !l.uttrykk()).map(l -> l.ord().get(0)).toList();
	}

	/**
	 * The distinct words of the query's phrases whose stem may be too loose ({@link #begynnelse}: letters only, three
	 * or more): a phrase matches its words' stems, so «"fastlege"» (fast) needs the same check as the word.
	 */
	static List<String> uttrykksord(String sok) {
		return ledd(sok).stream().filter(Ledd::uttrykk).flatMap(l -> l.ord().stream())
			.filter(o -> o.length() >= MINSTE_TRIGRAMORD && o.chars().allMatch(Character::isLetter)).distinct().toList();
	}

	/**
	 * As {@link #tsquery(String)}, every word widened: it also matches its other number ({@link #tallformer}) and its
	 * near-miss spellings from the dictionary, each with its own other number and, if {@code egne} has it, its own
	 * forms, so a typo finds what the word finds («fegnsel» is widened with «fengsel» and so «fengsler»; «allmenlege»
	 * with «allmennleger» and so «allmennlegetjenesten»). A word of {@code egne} stands for its own forms there instead
	 * of for its prefix (see {@link #begynnelse}).
	 *
	 * @param lignende per query word, similar words of the dictionary
	 */
	static String tsquery(String sok, Map<String, List<String>> egne, Map<String, List<String>> lignende) {
		return sporring(sok, o -> alternativer(o, egne, utvidelse(o, egne, lignende)));
	}

	/** As {@link #tsquery(String)}, the words of {@code egne} as their own forms there: what it matches is exact. */
	static String strikt(String sok, Map<String, List<String>> egne) {
		return sporring(sok, o -> alternativer(o, egne, List.of()));
	}

	/**
	 * The words of the query that {@link #tsquery(String, Map, Map)} widened, unwidened; {@code null} if it widened
	 * none. A match of the widened query that matches this too is an exact hit: its other words were asked for as they
	 * are. Leaving them out spares the check a word that was not widened («helse» in «psykisk helse barn», in most texts).
	 */
	static String utvidedeOrd(String sok, Map<String, List<String>> egne, Map<String, List<String>> lignende) {
		return og(frieOrd(sok).stream()
			.filter(o -> alternativer(o, egne, utvidelse(o, egne, lignende)).size() > alternativer(o, egne, List.of())
				.size())
			.map(o -> enten(alternativer(o, egne, List.of()))));
	}

	/**
	 * The alternatives of {@code ord} in {@link #tsquery(String, Map, Map)} but the words {@code kontrollerte} (the
	 * word itself, its near-misses) whose stem is checked, as a tsquery text; {@code null} if it has none. A text they
	 * match needs no check that it has a word of a checked word's beginning.
	 */
	static String andreAlternativer(String ord, Map<String, List<String>> egne, Map<String, List<String>> lignende,
			Set<String> kontrollerte) {
		Set<String> andre = alternativer(ord, egne, utvidelse(ord, egne, lignende));
		andre.removeAll(kontrollerte);
		return andre.isEmpty() ? null : enten(andre);
	}

	/**
	 * The word's other number, then each near-miss, its own other number and its own forms. A near-miss matches as
	 * the word typed right would: as a prefix («screning» finds «screeningprogrammene» as «screening» does), or, if
	 * {@code egne} has it, as itself and its own forms.
	 */
	private static List<String> utvidelse(String ord, Map<String, List<String>> egne,
			Map<String, List<String>> lignende) {
		List<String> utvidelse = new ArrayList<>(tallformer(ord));
		for (String lik : lignende.getOrDefault(ord, List.of())) {
			utvidelse.add(egne.containsKey(lik) ? lik : lik + ":*");
			utvidelse.addAll(tallformer(lik));
			utvidelse.addAll(egne.getOrDefault(lik, List.of()));
		}
		return utvidelse;
	}

	/**
	 * The word itself (a prefix, if longer than one letter; its own forms if {@code egne} has them), then the other
	 * words it may match, each once.
	 */
	private static Set<String> alternativer(String ord, Map<String, List<String>> egne, List<String> utvidelse) {
		Set<String> alternativer = new LinkedHashSet<>();
		if (egne.containsKey(ord)) {
			alternativer.add(ord);
			alternativer.addAll(egne.get(ord));
		}
		else {
			alternativer.add(ord.codePointCount(0, ord.length()) > 1 ? ord + ":*" : ord);
		}
		utvidelse.stream().filter(lik -> !lik.equals(ord)).forEach(alternativer::add);
		// A word asked for as a prefix needs no exact alternative too (the other number «fengsler» of «fengsel» is
		// also its near-miss).
		alternativer.removeIf(lik -> !lik.endsWith(":*") && alternativer.contains(lik + ":*"));
		return alternativer;
	}

	/**
	 * Endings that keep the word's meaning, longest first: those of inflection (number, definiteness, genitive, tense;
	 * -te and -t as the stemmer cuts «publiserte» to publiser), and -het, a noun of the adjective («tilgjengelighet»
	 * is about what is «tilgjengelig»). The stemmer's other endings (-lig, -leg, -els …) make a word of another
	 * meaning: «fastlege» is stemmed to fast, «tannhelse» to tannh.
	 */
	private static final List<String> BEHOLDER_ORDET = List.of("hetenes", "hetene", "hetens", "heten", "heter",
			"endes", "edes", "ende", "ande", "enes", "het", "ene", "ane", "ede", "ens", "ers", "ets", "ast", "en", "ar",
			"er", "as", "es", "et", "te", "a", "e", "s", "t");

	/** Stems shorter than this are the beginning of too many unrelated words: leg of «legge», «legitim». */
	private static final int KORTESTE_STAMME = 4;

	/**
	 * What a word of the query must begin with when its stem ({@code stamme}, PostgreSQL's Norwegian stemmer) is too
	 * loose a prefix; {@code null} when the stem's prefix is right. The stored texts hold stems, so a query word
	 * matches as a prefix of its stem: {@code vaksine} (vaksin) finds «vaksinasjon». Where the stemmer cut more than an
	 * inflection ending, {@code fastlege} (fast) would find «fastsette»; where it left fewer than four letters,
	 * {@code legene} (leg) would find «legge» and {@code hele} (hel) «helse». Then the beginning is the word without
	 * its inflection ending (fastleg; frivillig for {@code frivillighet}), or the stem and the next letter typed
	 * (lege), and the word finds its own forms (its stem exactly) and the words of the register that begin so (see
	 * {@link Begynnelse}).
	 */
	static Begynnelse begynnelse(String ord, String stamme) {
		if (stamme == null || stamme.isEmpty() || !ord.startsWith(stamme) || ord.length() == stamme.length()
				|| !ord.chars().allMatch(Character::isLetter)) {
			return null;
		}
		String kutt = ord.substring(stamme.length());
		String endelse = BEHOLDER_ORDET.stream().filter(kutt::endsWith).findFirst().orElse("");
		String uten = ord.substring(0, ord.length() - endelse.length());
		if (uten.length() > stamme.length()) {
			return new Begynnelse(uten, true);
		}
		if (stamme.codePointCount(0, stamme.length()) < KORTESTE_STAMME) {
			return new Begynnelse(ord.substring(0, ord.offsetByCodePoints(0, stamme.codePointCount(0,
					stamme.length()) + 1)), false);
		}
		return null;
	}

	/**
	 * The beginning of the words a query word stands for. {@code avledet} when the stemmer cut off more than an
	 * inflection ending: then the word's stem is also the stem of unrelated words («fast» and «fastlegen» are both
	 * fast), so a text matched by the stem alone must also have a word that begins so.
	 */
	record Begynnelse(String prefiks, boolean avledet) {
	}

	private static String enten(Set<String> alternativer) {
		return alternativer.size() == 1 ? alternativer.iterator().next() : "(" + String.join(" | ", alternativer) + ")";
	}

	private static String og(Stream<String> ledd) {
		List<String> alle = ledd.toList();
		return alle.isEmpty() ? null : String.join(" & ", alle);
	}

	/**
	 * The other number of a noun in -el, as {@code to_tsquery} terms, which the Norwegian stemmer does not join:
	 * it stems "legemiddel" to legemiddel but "legemidler" to legemidl, "regel" to regel but "regler" to regl. The
	 * singular is a prefix, so "legemidler" also finds the compounds "legemiddelområdet" and "legemiddelberedskap";
	 * whether the singular doubles its consonant (middel, sykkel) or not (regel, kabel) the plural does not tell, so a
	 * single consonant after a vowel gives both (the one that is no word finds nothing). The plural is exact, since as a
	 * prefix "midl" would find "midlertidig". Words of letters only, five or more: shorter ones are seldom such nouns.
	 */
	static List<String> tallformer(String ord) {
		if (ord.length() < 5 || !ord.chars().allMatch(Character::isLetter)) {
			return List.of();
		}
		String rot = ord.endsWith("ler") ? ord.substring(0, ord.length() - 3)
				: ord.endsWith("lene") ? ord.substring(0, ord.length() - 4) : null;
		if (rot != null && rot.length() >= 3 && konsonant(rot, rot.length() - 1)
				&& rot.charAt(rot.length() - 1) != 'l') {
			// legemidler -> legemidel, legemiddel; fengsler -> fengsel
			List<String> entall = new ArrayList<>(List.of(rot + "el:*"));
			if (!konsonant(rot, rot.length() - 2)) {
				entall.add(rot + rot.charAt(rot.length() - 1) + "el:*");
			}
			return entall;
		}
		if (ord.endsWith("el") && konsonant(ord, ord.length() - 3) && ord.charAt(ord.length() - 3) != 'l') {
			// legemiddel -> legemidler; regel -> regler
			String stamme = ord.substring(0, ord.length() - 2);
			if (stamme.charAt(stamme.length() - 1) == stamme.charAt(stamme.length() - 2)) {
				stamme = stamme.substring(0, stamme.length() - 1);
			}
			return List.of(stamme + "ler");
		}
		return List.of();
	}

	/** Whether the letter at {@code i} is a consonant; false before the word's start. */
	private static boolean konsonant(String ord, int i) {
		return i >= 0 && "aeiouyæøåéèêóòôüä".indexOf(ord.charAt(i)) < 0;
	}

	/**
	 * Whether a word of the dictionary is a small typo of the query word, and so a near-miss worth widening with:
	 * within one edit (a letter added, dropped or changed, or two neighbours swapped) of a word under six letters, two
	 * under twelve, three of a longer one. Trigram similarity alone also takes another compound sharing a long part:
	 * «fastlegetjenesten» is as like «tjenesten» and «allmennlegetjenesten» as a typo would be, and «tjenesten» is in
	 * a third of the register.
	 */
	static boolean litenSkrivefeil(String ord, String lignende) {
		int lengde = ord.codePointCount(0, ord.length());
		return avstand(ord, lignende) <= tillatteFeil(lengde);
	}

	/** The letters a near-miss may have where the query word has another or none: the Norwegian alphabet's. */
	private static final String ALFABET = "abcdefghijklmnopqrstuvwxyzæøå";

	/**
	 * The spellings one small typo from {@code ord} that trigram similarity misses, for the dictionary to look up as
	 * they are. Under six letters, every spelling one edit away (a letter added, dropped or changed, two neighbours
	 * swapped): a word that short has so few trigrams that one edit leaves it under the threshold («abrot» and «abort»
	 * share two of six). From six letters, only the swaps: a swap breaks four trigrams, the other edits three at most,
	 * which six letters or more outlast. The word itself is left out.
	 */
	static Set<String> naboer(String ord) {
		int[] x = ord.codePoints().toArray();
		Set<String> naboer = new LinkedHashSet<>();
		for (int i = 0; i + 1 < x.length; i++) {
			int[] y = x.clone();
			y[i] = x[i + 1];
			y[i + 1] = x[i];
			naboer.add(new String(y, 0, y.length));
		}
		if (tillatteFeil(x.length) == 1) {
			for (int i = 0; i <= x.length; i++) {
				String foran = new String(x, 0, i);
				String etter = new String(x, i, x.length - i);
				if (i < x.length) {
					naboer.add(foran + new String(x, i + 1, x.length - i - 1));
				}
				for (char c : ALFABET.toCharArray()) {
					naboer.add(foran + c + etter);
					if (i < x.length) {
						naboer.add(foran + c + new String(x, i + 1, x.length - i - 1));
					}
				}
			}
		}
		naboer.remove(ord);
		return naboer;
	}

	/** How many edits a query word of {@code lengde} letters may be from a near-miss; see litenSkrivefeil. */
	static int tillatteFeil(int lengde) {
		return lengde < 6 ? 1 : lengde < 12 ? 2 : 3;
	}

	/** Query words shorter than this are never taken for a typo of a compound's beginning: see tillatteFeilIBegynnelse. */
	static final int KORTESTE_BEGYNNELSE = 8;

	/**
	 * How many edits a query word of {@code lengde} letters may be from the beginning of a longer dictionary word
	 * («kreftscrening» from «kreftscreening» in «kreftscreeningprogrammet»): one edit fewer than from a whole word,
	 * since any ending is allowed after the beginning, and none under {@value #KORTESTE_BEGYNNELSE} letters, where a
	 * beginning one edit away is the beginning of too many other words («helsex» would be «helse…»).
	 */
	static int tillatteFeilIBegynnelse(int lengde) {
		return lengde < KORTESTE_BEGYNNELSE ? 0 : tillatteFeil(lengde) - 1;
	}

	/**
	 * The beginning of {@code lengre} that {@code ord} is a small typo of ({@link #tillatteFeilIBegynnelse}), of letters
	 * only; {@code null} if none. Of several, the fewest edits away, then the one nearest the word's length, then the
	 * longer: «kreftscreninx» is «kreftscreening» (one letter changed) rather than «kreftscreenin» (one dropped).
	 */
	static String begynnelseMedSkrivefeil(String ord, String lengre) {
		int[] x = ord.codePoints().toArray();
		int[] y = lengre.codePoints().toArray();
		int tillatte = tillatteFeilIBegynnelse(x.length);
		if (tillatte == 0) {
			return null;
		}
		String best = null;
		int bestAvstand = Integer.MAX_VALUE;
		int bestLengde = 0;
		for (int n = Math.max(1, x.length - tillatte); n <= Math.min(y.length, x.length + tillatte); n++) {
			String begynnelse = new String(y, 0, n);
			if (!begynnelse.chars().allMatch(Character::isLetter)) {
				break;
			}
			int d = avstand(ord, begynnelse);
			boolean bedre = d < bestAvstand || d == bestAvstand && (Math.abs(n - x.length) < Math.abs(bestLengde
					- x.length) || Math.abs(n - x.length) == Math.abs(bestLengde - x.length) && n > bestLengde);
			if (d <= tillatte && bedre) {
				best = begynnelse;
				bestAvstand = d;
				bestLengde = n;
			}
		}
		return best;
	}

	/** The edits between two words: letters added, dropped or changed, neighbours swapped (each edited once). */
	static int avstand(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[][] d = new int[x.length + 1][y.length + 1];
		for (int i = 0; i <= x.length; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= y.length; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			for (int j = 1; j <= y.length; j++) {
				d[i][j] = Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1,
						d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
				if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[x.length][y.length];
	}

	/**
	 * The query's words worth widening by trigram similarity: outside quotes, three letters or more, and no digits (ids
	 * and numbers are matched exactly or as prefixes; widening "tb2025" would bring in every other year's ids).
	 */
	static List<String> trigramord(String sok) {
		return frieOrd(sok).stream()
			.filter(o -> o.length() >= MINSTE_TRIGRAMORD && o.chars().noneMatch(Character::isDigit))
			.toList();
	}
}
