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
 * Google) fetch and keep it, and an address is easily passed on. Its refusals are the API's {@code {"error": …}},
 * as everywhere under {@code /api/}: a script that checks an address reads them as it reads the others.
 */
@RestController
class KalenderFeedController {

	static final String STI = "/api/rapporteringskalender/ical/";

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

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
	ResponseEntity<?> feed(@PathVariable String token, HttpServletRequest request) {
		CurrentUser eier = abonnementer.bruker(token).flatMap(brukere::find).orElse(null);
		if (eier == null) {
			return feil(HttpStatus.NOT_FOUND, "Fant ingen kalender på denne adressen. Den kan være trukket tilbake.");
		}
		Tidslinje.Filter filter;
		try {
			filter = parametre.feedFilter(request.getParameterMap());
		}
		catch (IllegalArgumentException ex) {
			return feil(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		LocalDate iDag = LocalDate.now(Formats.OSLO);
		String ical = IcalFeed.skriv(tidslinje.hendelser(forsteDag(iDag), sisteDag(iDag), filter, false),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore()).body(ical);
	}

	/** JSON whatever the calendar client accepts: the type is set here, so no Accept makes it a 406. */
	private static ResponseEntity<Feil> feil(HttpStatus status, String melding) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Feil(melding));
	}

	record Feil(String error) {
	}
}
