package no.hod.styringsregister.oppdrag.internal;

import java.util.ArrayList;
import java.util.List;

import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragQueries;

/**
 * A short excerpt of what changed between two versions of an assignment's text, for the import review: the words
 * that differ with a few words of context on each side. An exempt part is one opaque placeholder for a reader without
 * clearance, so neither its words nor where in it the change lies can leak.
 */
final class Tekstutdrag {

	/** Words of unchanged text shown before and after the change. */
	private static final int KONTEKST = 8;

	/** Changed words shown at most per side; a longer change is cut. */
	private static final int MAKS_ENDRET = 40;

	/** Stands for a whole exempt part among the words; never occurs in text (a control character). */
	private static final String UNNTATT = "\u0000";

	private static final String UTELATT = "…";

	private static final String SAMME_TEKST = "(samme tekst; det som er unntatt offentlighet, er endret)";

	private static final String SAMME_ORD = "(samme tekst; bare delt i avsnitt på en annen måte)";

	record Utdrag(String fra, String til) {
	}

	private Tekstutdrag() {
	}

	static Utdrag av(List<Tekstdel> foer, List<Tekstdel> etter, boolean klarert) {
		List<String> a = ord(foer, klarert);
		List<String> b = ord(etter, klarert);
		if (a.equals(b)) {
			// What the reader may see is the same: the change lies in exempt text or in what is marked exempt, or,
			// which the import does not count as a change, only in the paragraph breaks. A cleared reader is told
			// which; the placeholder tells an uncleared one no more than that the change is out of sight.
			String samme = !klarert ? "[" + OppdragQueries.UNNTATT + "]"
					: sammeOrd(foer, etter) ? SAMME_ORD : SAMME_TEKST;
			return new Utdrag(samme, samme);
		}
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int slutt = 0;
		while (slutt < a.size() - start && slutt < b.size() - start
				&& a.get(a.size() - 1 - slutt).equals(b.get(b.size() - 1 - slutt))) {
			slutt++;
		}
		return new Utdrag(vis(a, start, a.size() - slutt), vis(b, start, b.size() - slutt));
	}

	/** The words {@code fra} to {@code til} with context; «–» for a side where nothing stood. */
	private static String vis(List<String> ord, int fra, int til) {
		if (fra >= til && ord.isEmpty()) {
			return "–";
		}
		List<String> ut = new ArrayList<>();
		int kontekstFra = Math.max(0, fra - KONTEKST);
		if (kontekstFra > 0) {
			ut.add(UTELATT);
		}
		ut.addAll(ord.subList(kontekstFra, fra));
		if (til - fra > MAKS_ENDRET) {
			ut.addAll(ord.subList(fra, fra + MAKS_ENDRET));
			ut.add(UTELATT);
		}
		else {
			ut.addAll(ord.subList(fra, til));
			int kontekstTil = Math.min(ord.size(), til + KONTEKST);
			ut.addAll(ord.subList(til, kontekstTil));
			if (kontekstTil < ord.size()) {
				ut.add(UTELATT);
			}
		}
		return String.join(" ", ut.stream().map(o -> o.equals(UNNTATT) ? "[" + OppdragQueries.UNNTATT + "]" : o).toList());
	}

	/**
	 * Whether two texts have the same words, each exempt or not as before, and differ at most in where the paragraphs
	 * break and in the spaces between words.
	 */
	static boolean sammeOrd(List<Tekstdel> foer, List<Tekstdel> etter) {
		return ordMedUnntak(foer).equals(ordMedUnntak(etter));
	}

	private static List<String> ordMedUnntak(List<Tekstdel> deler) {
		List<String> ord = new ArrayList<>();
		for (Tekstdel del : deler) {
			for (String o : del.tekst().strip().split("\\s+")) {
				if (!o.isEmpty()) {
					ord.add((del.unntatt() ? "1" : "0") + o);
				}
			}
		}
		return ord;
	}

	/**
	 * The text's words in order; unless the reader is cleared, a run of adjacent exempt parts is one placeholder, as
	 * on the assignment's page (the view oppdrag_del_offentlig), so how many parts are hidden does not show.
	 */
	private static List<String> ord(List<Tekstdel> deler, boolean klarert) {
		List<String> ord = new ArrayList<>();
		for (Tekstdel del : deler) {
			if (del.unntatt() && !klarert) {
				if (ord.isEmpty() || !ord.get(ord.size() - 1).equals(UNNTATT)) {
					ord.add(UNNTATT);
				}
				continue;
			}
			for (String o : del.tekst().strip().split("\\s+")) {
				if (!o.isEmpty()) {
					ord.add(o);
				}
			}
		}
		return ord;
	}
}
