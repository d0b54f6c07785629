package no.hod.styringsregister.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * The one page for a choice a module's page cannot take (a parameter it cannot read, a filter it refuses): the same
 * heading everywhere, the reason in Norwegian, and a link back. The caller answers 400. The assignment list's htmx
 * update takes the page's {@code #resultater} in place of its results, and marks the filter's fields the message names
 * ({@code data-ugyldige-felt}).
 */
public final class UgyldigValg {

	private static final String SIDE = "ugyldig";

	private UgyldigValg() {
	}

	/**
	 * The page, leading back to {@code sti}. When the refused request was a GET with some of {@code parametre} in its
	 * address, the link keeps its other parameters and drops those: the same page without the bad choice. Otherwise
	 * (a form, or the bad value was not a parameter) it leads to {@code sti} alone, with the module's own link text.
	 *
	 * @param sti the page to go back to, a path in the app ({@code /oppdrag}), also for its exports
	 * @param lenketekst message key of the link's text when it leads to {@code sti} alone
	 * @param parametre the parameters whose values were refused
	 * @return the view
	 */
	public static String side(Model model, HttpServletRequest request, String feilmelding, String sti,
			String lenketekst, String... parametre) {
		model.addAttribute("feilmelding", feilmelding);
		model.addAttribute("ugyldigeFelt", String.join(" ", parametre));
		String query = request.getQueryString();
		if ("GET".equals(request.getMethod()) && query != null) {
			Set<String> bort = Set.of(parametre);
			List<String> beholdt = new ArrayList<>();
			boolean fjernet = false;
			for (String del : query.split("&")) {
				String navn = navn(del);
				if (navn != null && bort.contains(navn)) {
					fjernet = true;
				}
				else if (navn != null && !navn.isEmpty()) {
					beholdt.add(del);
				}
			}
			if (fjernet) {
				model.addAttribute("lenke", beholdt.isEmpty() ? sti : sti + "?" + String.join("&", beholdt));
				model.addAttribute("lenketekst", "feil.ugyldig.uten");
				return SIDE;
			}
		}
		model.addAttribute("lenke", sti);
		model.addAttribute("lenketekst", lenketekst);
		return SIDE;
	}

	/** The decoded name of {@code navn=verdi}; a name that cannot be decoded is dropped with the bad ones. */
	private static String navn(String del) {
		int lik = del.indexOf('=');
		try {
			return URLDecoder.decode(lik < 0 ? del : del.substring(0, lik), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
