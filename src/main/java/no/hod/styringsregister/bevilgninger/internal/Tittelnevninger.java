package no.hod.styringsregister.bevilgninger.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Which assignments a budget line's comment names by title, as the letters write it: the whole title («Digitalt
 * helsekort for gravide», «… oppfølging av Bo trygt hjemme-reformen») or a quoted part of it («Enklere tilgang til
 * informasjon»). Titles and comments are compared word by word, without regard to case, punctuation, line breaks or
 * the kind of dash. A name that fits several assignments names none of them: the register does not guess.
 */
final class Tittelnevninger {

	/** A quoted part of fewer words names an assignment only when it is the whole title: two words are too common. */
	static final int MINST_ORD_I_SITAT = 3;

	/** A word, hyphenated compounds («hjemme-reformen», «e-sigaretter») as one. */
	private static final Pattern ORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

	/** The quotation marks of Norwegian letters, and the straight ones of a text typed elsewhere. */
	static final Pattern SITAT = Pattern.compile("«([^»]*)»|“([^”]*)”|„([^“”]*)[“”]|\"([^\"]*)\"");

	/** Word's dashes and hyphens, and the minus sign, are one hyphen; a soft hyphen is nothing. */
	private static final Pattern STREK = Pattern.compile("[\\u2010-\\u2015\\u2212]");

	private static final Locale NORSK = Locale.forLanguageTag("nb");

	/**
	 * An assignment by its shown id, its title as the viewer sees it, and the word its page's address names it by
	 * (OppdragSider.adresse: the register key where the id has a slash).
	 */
	record Tittel(String id, String tittel, String adresse) {

		/** An assignment whose id an address carries as it is. */
		Tittel(String id, String tittel) {
			this(id, tittel, id);
		}
	}

	private Tittelnevninger() {
	}

	/**
	 * The ids of the assignments the comment names by title, in the order of the titles. A title of one word counts
	 * only when it is the whole comment (a line «Tannhelse»), since one word in a sentence is mostly just the word. The
	 * longest titles are read first, and what they cover is not read again: a comment naming «Digital samhandling i
	 * kommunene» does not also name «Digital samhandling».
	 */
	static Set<String> nevnte(String kommentar, List<Tittel> titler) {
		Set<String> nevnte = new LinkedHashSet<>();
		String tekst = ord(kommentar);
		if (tekst.isEmpty()) {
			return nevnte;
		}
		Map<String, List<String>> perTittel = new LinkedHashMap<>();
		for (Tittel tittel : titler) {
			String ord = ord(tittel.tittel());
			if (!ord.isEmpty()) {
				perTittel.computeIfAbsent(ord, t -> new ArrayList<>()).add(tittel.id());
			}
		}
		List<String> lengsteForst = new ArrayList<>(perTittel.keySet());
		lengsteForst.sort(Comparator.comparingInt(Tittelnevninger::antallOrd).reversed());
		String igjen = " " + tekst + " ";
		for (String tittel : lengsteForst) {
			if (antallOrd(tittel) == 1 && !tekst.equals(tittel)) {
				continue;
			}
			Matcher m = Pattern.compile("(?<= )" + Pattern.quote(tittel) + "(?= )").matcher(igjen);
			if (m.find()) {
				igjen = m.replaceAll("|");
				entydig(perTittel.get(tittel)).ifPresent(nevnte::add);
			}
		}
		Matcher sitater = SITAT.matcher(kommentar);
		while (sitater.find()) {
			String sitat = ord(sitatet(sitater));
			if (sitat.isEmpty()) {
				continue;
			}
			boolean del = antallOrd(sitat) >= MINST_ORD_I_SITAT;
			List<String> treff = new ArrayList<>();
			perTittel.forEach((tittel, ider) -> {
				if (tittel.equals(sitat) || del && (" " + tittel + " ").contains(" " + sitat + " ")) {
					treff.addAll(ider);
				}
			});
			entydig(treff).ifPresent(nevnte::add);
		}
		return nevnte;
	}

	private static Optional<String> entydig(List<String> ider) {
		return ider.size() == 1 ? Optional.of(ider.get(0)) : Optional.empty();
	}

	private static String sitatet(Matcher m) {
		for (int i = 1; i <= m.groupCount(); i++) {
			if (m.group(i) != null) {
				return m.group(i);
			}
		}
		return "";
	}

	/** The words of a text in lower case, one space between them. */
	static String ord(String tekst) {
		if (tekst == null) {
			return "";
		}
		String renset = STREK.matcher(Normalizer.normalize(tekst, Normalizer.Form.NFKC).replace("\u00AD", ""))
			.replaceAll("-")
			.toLowerCase(NORSK);
		List<String> ord = new ArrayList<>();
		Matcher m = ORD.matcher(renset);
		while (m.find()) {
			ord.add(m.group());
		}
		return String.join(" ", ord);
	}

	static int antallOrd(String ord) {
		return ord.split(" ").length;
	}
}
