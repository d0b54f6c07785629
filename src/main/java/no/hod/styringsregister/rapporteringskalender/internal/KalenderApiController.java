package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.web.Formats;

@RestController
class KalenderApiController {

	private final Tidslinje tidslinje;

	private final KalenderParametre parametre;

	private final Abonnementer abonnementer;

	private final CurrentUsers currentUsers;

	KalenderApiController(Tidslinje tidslinje, KalenderParametre parametre, Abonnementer abonnementer,
			CurrentUsers currentUsers) {
		this.tidslinje = tidslinje;
		this.parametre = parametre;
		this.abonnementer = abonnementer;
		this.currentUsers = currentUsers;
	}

	record Svar(List<Item> items) {
	}

	/**
	 * @param exempt the item's assignment is exempt wholly or in part (offl. § 22) and the caller cleared: marked as
	 *     the page's badge and the exports' «Merknad», so it is not passed on unknowingly
	 */
	record Item(LocalDate date, String time, String kind, String title, String agency, String oppdrag, String source,
			boolean exempt, ChangedByHand changedByHand) {
	}

	/**
	 * A letter's entry an admin changed by hand, as the page's «Endret for hånd av … (brevet: …)»; added after the
	 * other fields, so a client that reads those goes on as before. Calendar entries hold the letters' public
	 * appendices and text and what admins type, never an assignment's content, so this carries nothing exempt.
	 *
	 * @param by the admin's name, {@code null} when not known
	 * @param at when, in Oslo's offset; {@code null} when not known
	 * @param letterSaid what the letter itself gave; {@code null} for an entry edited before it was kept
	 */
	record ChangedByHand(String by, OffsetDateTime at, LetterSaid letterSaid) {

		static ChangedByHand av(Hendelse.Handendring endring) {
			if (endring == null) {
				return null;
			}
			return new ChangedByHand(endring.av(),
					endring.tid() == null ? null : endring.tid().truncatedTo(ChronoUnit.SECONDS),
					endring.brevetsDato() == null ? null
							: new LetterSaid(endring.brevetsDato(), endring.brevetsTid(),
									endring.brevetsDatoAnslatt(), endring.brevetsTittel()));
		}
	}

	/**
	 * @param time {@code null} for the whole day
	 * @param estimated the letter gave no exact day; {@code date} was the end of its period (the page's «anslått»)
	 */
	record LetterSaid(LocalDate date, String time, boolean estimated, String title) {
	}

	record Abonnement(String url) {
	}

	/**
	 * {@code from} defaults to today and {@code to} to the last of the 90 days from {@code from} on, the period the
	 * page calls «Neste 90 dager».
	 */
	@GetMapping("/api/rapporteringskalender")
	Svar hendelser(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String division) {
		CurrentUser bruker = currentUsers.current();
		LocalDate fra = KalenderParametre.dato(from, "from");
		LocalDate til = KalenderParametre.dato(to, "to");
		fra = fra != null ? fra : LocalDate.now(Formats.OSLO);
		til = til != null ? til : Kalendervisning.sisteDag(fra, 90);
		List<Item> items = tidslinje.hendelser(fra, til, parametre.filter(agency, kind, division), bruker.klarert())
			.stream()
			.map(h -> new Item(h.dato(), h.tid(), h.type().name(), h.tittel(), h.etat(), h.oppdrag(), h.kilder(),
					h.merketUnntatt(), ChangedByHand.av(h.handendring())))
			.toList();
		return new Svar(items);
	}

	@GetMapping("/api/rapporteringskalender/abonnement")
	Abonnement abonnement() {
		return new Abonnement(KalenderFeedController.url(abonnementer.token(currentUsers.current().id())));
	}

	/** Revokes the old address and makes a new one. */
	@PostMapping("/api/rapporteringskalender/abonnement")
	Abonnement nyttAbonnement() {
		return new Abonnement(KalenderFeedController.url(abonnementer.fornye(currentUsers.current().id())));
	}

	/** Named by the API's parameter, {@code kind}, as {@code from} and {@code to} are, with the codes it takes. */
	@ExceptionHandler(UkjentTypeException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, String> ukjentType(UkjentTypeException ex) {
		return Map.of("error", "kind må være KALENDER, SAERSKILT eller FRIST, ikke " + Sitert.verdi(ex.verdi()) + ".");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, String> ugyldig(IllegalArgumentException ex) {
		return Map.of("error", ex.getMessage());
	}
}
