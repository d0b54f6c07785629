package no.hod.styringsregister.oppdrag;

import java.util.regex.Pattern;

/**
 * The assignment pages' addresses as other modules' pages link to them. The detail page's parameter {@code liste}
 * says where its back link leads: the list's filter, {@value #FORSIDEN} for the start page, or the address of the
 * calendar, the appropriations, the status report or a unit's page that linked to it (perhaps with the id of the row
 * the link was on). Nothing else is ever read from it, so no link can lead off the site.
 */
public final class OppdragSider {

	/** The value of {@code liste} that leads back to the start page. */
	public static final String FORSIDEN = "forside";

	/** An assignment's page (its id in place of {@code {id}}) opened from the start page, which its back link leads to. */
	public static final String FRA_FORSIDEN = "/oppdrag/{id}?liste=" + FORSIDEN;

	/** {@code /oppdrag/TB2025-1}, and nothing after the id. */
	private static final Pattern DETALJ = Pattern.compile("/oppdrag/[^/?#]+");

	private OppdragSider() {
	}

	/** The link with the way back to the start page when it is an assignment's page; any other link as it is. */
	public static String fraForsiden(String lenke) {
		return lenke != null && DETALJ.matcher(lenke).matches() ? lenke + "?liste=" + FORSIDEN : lenke;
	}
}
