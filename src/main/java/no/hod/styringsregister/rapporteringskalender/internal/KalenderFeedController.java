package no.hod.styringsregister.rapporteringskalender.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.web.Formats;

/**
 * The iCalendar feed. Calendar clients cannot sign in, so the secret token in the address is the key (the security
 * configuration lets {@value #STI} through without a session); the owner must still be an active user. It never
 * carries content exempt from public disclosure, whoever owns it: calendar services outside the ministry (Outlook,
 * Google) fetch and keep it, and an address is easily passed on.
 */
@RestController
class KalenderFeedController {

	static final String STI = "/api/rapporteringskalender/ical/";

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/** The refusals' text, with its charset: without one, a client may read its «» and æøå as Latin-1. */
	private static final MediaType TEXT_PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final Abonnementer abonnementer;

	private final BrukerService brukere;

	private final Tidslinje tidslinje;

	private final KalenderParametre parametre;

	KalenderFeedController(Abonnementer abonnementer, BrukerService brukere, Tidslinje tidslinje,
			KalenderParametre parametre) {
		this.abonnementer = abonnementer;
		this.brukere = brukere;
		this.tidslinje = tidslinje;
		this.parametre = parametre;
	}

	static String url(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(STI + token + ".ics").toUriString();
	}

	/** The feed's first day: it holds last year, this year and next year, whatever period the page showed. */
	static LocalDate forsteDag(LocalDate iDag) {
		return LocalDate.of(iDag.getYear() - 1, 1, 1);
	}

	static LocalDate sisteDag(LocalDate iDag) {
		return LocalDate.of(iDag.getYear() + 1, 12, 31);
	}

	/** From {@link #forsteDag} to {@link #sisteDag}, with the filters given as parameters. */
	@GetMapping(STI + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
		CurrentUser eier = abonnementer.bruker(token).flatMap(brukere::find).orElse(null);
		if (eier == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT_PLAIN)
				.body("Fant ingen kalender på denne adressen. Den kan være trukket tilbake.");
		}
		Tidslinje.Filter filter;
		try {
			filter = parametre.feedFilter(request.getParameterMap());
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().contentType(TEXT_PLAIN).body(ex.getMessage());
		}
		LocalDate iDag = LocalDate.now(Formats.OSLO);
		String ical = IcalFeed.skriv(tidslinje.hendelser(forsteDag(iDag), sisteDag(iDag), filter, false),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore()).body(ical);
	}
}
