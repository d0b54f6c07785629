package no.hod.styringsregister.oppdrag;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

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

	/**
	 * What an id cannot carry in an address even percent-encoded: Tomcat and Spring Security's firewall refuse an
	 * encoded {@code /}, {@code \}, {@code %} and {@code ;}, and a path segment of only dots is read as a step up.
	 */
	private static final Pattern UTENFOR_ADRESSEN = Pattern.compile("[/\\\\%;\\p{Cntrl}]|^\\.*$|^\\s*$");

	private OppdragSider() {
	}

	/**
	 * The word an assignment's address names it by: its id, or its register key where the id is one an address cannot
	 * carry (an id stored before the import checked ids, such as {@code TB2025/3}). The detail page finds either.
	 */
	public static String adresse(String id, String nokkel) {
		return id == null || UTENFOR_ADRESSEN.matcher(id).find() ? nokkel : id;
	}

	/** An assignment's page, the word of {@link #adresse} percent-encoded as a path segment («TB 2025 æ» and all). */
	public static String detalj(String id, String nokkel) {
		return "/oppdrag/" + UriUtils.encodePathSegment(adresse(id, nokkel), StandardCharsets.UTF_8);
	}

	/** The link with the way back to the start page when it is an assignment's page; any other link as it is. */
	public static String fraForsiden(String lenke) {
		return lenke != null && DETALJ.matcher(lenke).matches() ? lenke + "?liste=" + FORSIDEN : lenke;
	}
}
