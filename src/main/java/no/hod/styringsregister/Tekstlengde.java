package no.hod.styringsregister;

import java.util.Locale;

/**
 * The longest a typed one-line text may be where several modules' forms take the same kind, and how a text too long
 * is refused. In the base package, outside the modules, as {@link EnLinje}: the letter review and the instruction
 * import must agree, so that a title the one takes is not refused by the other.
 */
public final class Tekstlengde {

	/**
	 * A title (the letter review's titles, an instruction's title and the version it replaces): far more than any
	 * real one, as a calendar entry's title in the register; a longer one is a paste gone wrong and breaks the lists.
	 */
	public static final int TITTEL = 500;

	private Tekstlengde() {
	}

	/** Whether {@code tekst} is longer than {@code maks}, counted as it is kept (trimmed). */
	public static boolean forLang(String tekst, int maks) {
		return tekst != null && tekst.trim().length() > maks;
	}

	/** «Tittelen på oppdrag TB2025-1 kan være høyst 500 tegn, men har 10 004.» */
	public static String melding(String hva, String tekst, int maks) {
		return hva + " kan være høyst " + tusener(maks) + " tegn, men har " + tusener(tekst.trim().length()) + ".";
	}

	private static String tusener(long tall) {
		return String.format(Locale.ROOT, "%,d", tall).replace(',', ' ');
	}
}
