package no.hod.styringsregister.bevilgninger.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/bevilgninger?agency=Hdir&year=2025[&chapter=714]}; agency by id, short name or name. Without
 * agency or year, those the page opens at; the answer names the agency and year it is for.
 */
@RestController
class BevilgningerApiController {

	private final BevilgningTjeneste tjeneste;

	BevilgningerApiController(BevilgningTjeneste tjeneste) {
		this.tjeneste = tjeneste;
	}

	/**
	 * {@code agency} (by name, as the other APIs give it) and {@code year}: those answered for, the defaults where the
	 * request left them out; {@code year} is {@code null} for an agency without lines of any year, unless asked for.
	 */
	record Svar(String agency, Integer year, List<Line> lines, Map<String, Object> sums,
			List<Authorization> authorizations) {
	}

	/**
	 * @param ministry the other ministry whose frame the line is in («Arbeids- og sosialdepartementet»), {@code null}
	 * for the ministry's own lines, the only ones {@code sums} adds up
	 * @param amountHistory how new versions of the letter changed the amount, oldest first; empty where it is as the
	 * letter first gave it. Last, so that the fields before it stay where the scripts read them.
	 */
	record Line(int chapter, int post, String name, Long amount, Long previousYearAmount, String kind, String comment,
			List<String> oppdrag, String ministry, List<AmountChange> amountHistory) {
	}

	/**
	 * One change of a line's amount: {@code previous} and {@code amount} in 1 000 kr ({@code null} where the letter
	 * printed none), {@code at} the import of the new version, {@code letterId} the letter ({@code /tildelingsbrev/{id}}).
	 */
	record AmountChange(Long previous, Long amount, OffsetDateTime at, long letterId) {
	}

	/**
	 * @param kind the same as {@code type}, by the name the letter's preview ({@code /api/tildelingsbrev/preview})
	 * gives it; {@code type} stays for the scripts that read it
	 */
	record Authorization(String type, String text, String kind) {
	}

	@GetMapping("/api/bevilgninger")
	Svar bevilgninger(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer chapter) {
		BevilgningTjeneste.Valg valg = tjeneste.valg(agency, year);
		Bevilgningsoversikt oversikt = tjeneste.oversikt(valg.etat(), valg.aar(), chapter);
		Map<String, Long> kapitler = new LinkedHashMap<>();
		oversikt.kapitler().forEach(kapittel -> kapitler.put(String.valueOf(kapittel.nummer()), kapittel.sum()));
		Map<String, Object> sums = new LinkedHashMap<>();
		sums.put("EXPENSE", oversikt.utgiftsum().sum());
		sums.put("INCOME", oversikt.inntektsum().sum());
		sums.put("chapters", kapitler);
		// The ministry's own lines, then other ministries' as the page has them, after the ministry's.
		List<Line> lines = Stream.concat(oversikt.kapitler().stream().flatMap(kapittel -> kapittel.linjer().stream()),
				oversikt.andreDepartementer().stream().flatMap(d -> d.linjer().stream()))
			.map(l -> new Line(l.kapittel(), l.post(), l.navn(), l.belop(), l.forrigeAar(), l.type(), l.kommentar(),
					l.oppdrag(), l.departement(), l.belopsendringer().stream()
						.map(e -> new AmountChange(e.fra(), e.til(), e.endret(), e.brevId())).toList()))
			.toList();
		// No year of an agency without lines has anything: a default year would pretend one had.
		Integer svarAar = year == null && !tjeneste.harBevilgninger(valg.etat().id()) ? null : valg.aar();
		return new Svar(valg.etat().navn(), svarAar, lines, sums,
				oversikt.fullmakter().stream().map(f -> new Authorization(f.type(), f.tekst(), f.type())).toList());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, String> ugyldig(IllegalArgumentException ex) {
		return Map.of("error", ex.getMessage());
	}

	/**
	 * The page's words for a year or chapter (the API's only numbers) that is not a number; without this, the number
	 * parser's English message was the answer.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, String> ugyldigTall(MethodArgumentTypeMismatchException ex) {
		return Map.of("error", "year".equals(ex.getName()) ? BevilgningTjeneste.ikkeEtAar(ex.getValue())
				: BevilgningTjeneste.ikkeEtKapittel(ex.getValue()));
	}
}
