package no.hod.styringsregister.oppdrag.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/** The JSON API for integrations. Same read path and the same rules as the pages. */
@RestController
@RequestMapping("/api/oppdrag")
class OppdragApiController {

	private final OppdragLeser leser;

	private final OppdragArbeidsflyt arbeidsflyt;

	private final CurrentUsers brukere;

	private final OrganisasjonService organisasjon;

	private final Instrukshenvisninger instrukshenvisninger;

	private final BudsjettlinjerSomNevner budsjettlinjerSomNevner;

	OppdragApiController(OppdragLeser leser, OppdragArbeidsflyt arbeidsflyt, CurrentUsers brukere,
			OrganisasjonService organisasjon, Instrukshenvisninger instrukshenvisninger,
			BudsjettlinjerSomNevner budsjettlinjerSomNevner) {
		this.leser = leser;
		this.arbeidsflyt = arbeidsflyt;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.instrukshenvisninger = instrukshenvisninger;
		this.budsjettlinjerSomNevner = budsjettlinjerSomNevner;
	}

	@GetMapping
	ListeSvar liste(ListeParametre parametre) {
		CurrentUser bruker = brukere.current();
		OppdragLeser.Side side = leser.side(parametre.filter(organisasjon, leser::harBrev), bruker);
		Map<String, Long> perStatus = side.perStatus().entrySet().stream()
			.collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a,
					LinkedHashMap::new));
		return new ListeSvar(side.total(), side.side(), side.storrelse(), side.rader().stream().map(Element::av).toList(),
				perStatus);
	}

	@GetMapping("/{id}")
	Detalj detalj(@PathVariable String id) {
		CurrentUser bruker = brukere.current();
		return leser.detalj(id, bruker).map(detalj -> svar(detalj, bruker)).orElseThrow(() -> new IkkeFunnet(id));
	}

	@PostMapping("/{id}/status")
	Detalj status(@PathVariable String id, @RequestBody StatusForesporsel foresporsel) {
		CurrentUser bruker = brukere.current();
		return svar(arbeidsflyt.endreStatus(id, foresporsel.endring(), bruker), bruker);
	}

	/**
	 * As the page: a removed assignment is in no letter's lists any more, so no comment names it; hidden citations,
	 * budget lines and references are not «none», so the answer says they are withheld.
	 */
	private Detalj svar(OppdragDetalj detalj, CurrentUser bruker) {
		return Detalj.av(detalj, instrukshenvisninger.sitater(detalj.oppdrag().nokkel(), bruker),
				Instrukshenvisninger.skjult(detalj.heltUnntatt(), bruker),
				detalj.fjernet() || detalj.koblingerSkjult() ? List.of()
						: budsjettlinjerSomNevner.nevner(detalj.oppdrag(), bruker));
	}

	@ExceptionHandler(Avvist.class)
	ResponseEntity<Feil> avvist(Avvist ex) {
		return ResponseEntity.badRequest().body(new Feil(ex.getMessage(), null));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Feil> nektet(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Feil(ex.getMessage(), null));
	}

	@ExceptionHandler(Konflikt.class)
	ResponseEntity<Feil> konflikt(Konflikt ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new Feil(ex.getMessage(), svar(ex.gjeldende(), brukere.current())));
	}

	@ExceptionHandler(IkkeFunnet.class)
	ResponseEntity<Feil> ikkeFunnet(IkkeFunnet ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Feil(ex.getMessage(), null));
	}

	/** The field that could not be read, and what it takes, where Jackson says which; else the body as a whole. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Feil> ulesbar(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest().body(new Feil(ulesbar(ex.getCause()), null));
	}

	private static String ulesbar(Throwable feil) {
		if (feil instanceof UnrecognizedPropertyException ukjent) {
			return "Ukjent felt " + Sitert.verdi(ukjent.getPropertyName()) + " (kjente felt: " + kjenteFelt(ukjent)
					+ ").";
		}
		if (feil instanceof MismatchedInputException uventet && felt(uventet) != null) {
			return "Feltet «" + felt(uventet) + "» kunne ikke leses: verdien må være " + form(uventet.getTargetType())
					+ (uventet instanceof InvalidFormatException verdi ? ", ikke " + sendt(verdi) : ".");
		}
		return "Forespørselen kunne ikke leses. Send JSON med gyldige verdier (datoer som 2025-12-31).";
	}

	/**
	 * The value as sent. Where the value itself was right but sent as the wrong kind (a number in quotes, a number or
	 * truth value without them), the message says so: «ikke «3»» alone would puzzle whoever sent "3" for a number.
	 */
	private static String sendt(InvalidFormatException feil) {
		Object verdi = feil.getValue();
		Class<?> type = feil.getTargetType();
		if (verdi instanceof String tekst && (type == Long.class || type == long.class) && tekst.matches("-?[0-9]+")) {
			return "teksten " + Sitert.verdi(tekst) + ": send tallet uten anførselstegn.";
		}
		if (type == String.class && (verdi instanceof Number || verdi instanceof Boolean)) {
			return Sitert.verdi(verdi) + ": send teksten i anførselstegn.";
		}
		return Sitert.verdi(verdi) + ".";
	}

	/** The request record's fields in its order, as the documentation lists them (Jackson's own list has none). */
	private static String kjenteFelt(UnrecognizedPropertyException ukjent) {
		return Arrays.stream(ukjent.getReferringClass().getRecordComponents()).map(RecordComponent::getName)
			.collect(Collectors.joining(", "));
	}

	/** The innermost field named on the way to the value; {@code null} when the body itself was wrong (no object). */
	private static String felt(MismatchedInputException feil) {
		return feil.getPath().stream().map(JacksonException.Reference::getPropertyName).filter(Objects::nonNull)
			.reduce((ytre, indre) -> indre).orElse(null);
	}

	private static String form(Class<?> type) {
		if (type == LocalDate.class) {
			return ListeParametre.DATO;
		}
		if (type == Long.class || type == long.class) {
			return "et helt tall";
		}
		return type == String.class ? "tekst" : "en verdi av riktig slag";
	}

	/** Form data or plain text where the API reads JSON: say so in Norwegian, still 415. */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Feil> ikkeJson(HttpMediaTypeNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Feil("Send forespørselen som JSON, med Content-Type: application/json.", null));
	}

	@ExceptionHandler(UgyldigParameter.class)
	ResponseEntity<Feil> ugyldigParameter(UgyldigParameter ex) {
		return ResponseEntity.badRequest().body(new Feil(ex.getReason(), null));
	}

	/** {@code current} is the newer state on a conflict (409). */
	record Feil(String error, Detalj current) {
	}

	record ListeSvar(long total, int page, int size, List<Element> items, Map<String, Long> statusCounts) {
	}

	/**
	 * {@code note}: a lead's or admin's progress note; left out (or {@code null}) it stays as it is, an empty string
	 * clears it. A desk officer's note is a comment in the history. {@code progressNote}, the name the assignment is
	 * read with, is taken for it, so what a script read it can send back; both, with different values, are refused. {@code status} left out keeps the status;
	 * {@code expectedDate} (ISO, {@code 2025-12-31}) belongs to Forsinket, and left out, like {@code reason}, keeps the
	 * saved one while the assignment stays Forsinket. A request that changes nothing is refused (400), so a 200 always
	 * means something was saved.
	 */
	record StatusForesporsel(String status, String note, String progressNote, LocalDate expectedDate, String reason,
			Long version) {

		StatusEndring endring() {
			if (note != null && progressNote != null && !note.equals(progressNote)) {
				throw new Avvist("Feltene «note» og «progressNote» er det samme feltet, men har ulike verdier. Send "
						+ "bare ett av dem.");
			}
			OppdragStatus ny = null;
			if (status != null && !status.isBlank()) {
				try {
					ny = OppdragStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					throw new Avvist("Ukjent status " + Sitert.verdi(status) + ".");
				}
			}
			return new StatusEndring(ny, note != null ? note : progressNote, expectedDate, reason, version);
		}
	}

	record Element(String id, String key, String officialId, int year, String agency, String section,
			String sectionTitle, List<String> hodDepartments, String title, boolean titleWithheld, String status,
			List<LocalDate> deadlines, String deadlineText, LocalDate expectedDate, String division, String department,
			boolean exemptFromPublic, OffsetDateTime updated, long version) {

		static Element av(OppdragSummary o) {
			return new Element(o.id(), o.nokkel(), o.offisiellId(), o.aar(), o.etat(), o.seksjon(), o.seksjonTittel(),
					o.hodAvdelinger(), o.tittel(), o.tittelSkjult(), o.status().name(), o.frister(), o.fristTekst(),
					o.forventetDato(), o.divisjon(), o.avdeling(), o.unntattOffentlighet(), o.endret(), o.versjon());
		}
	}

	record Detalj(String id, String key, String officialId, int year, String agency, String section,
			String sectionTitle, List<String> hodDepartments, String title, boolean titleWithheld, String status,
			List<LocalDate> deadlines, String deadlineText, LocalDate expectedDate, String reason,
			boolean reasonWithheld, String progressNote, boolean progressNoteWithheld, boolean exemptFromPublic,
			long version, String text, List<Del> parts, References references,
			List<Budsjett> budgetLines, Routing routing, Ref carriedOverFrom, List<Ref> carriedOverTo, Long letterId,
			boolean removed, List<Historikk> history, List<Instruksvisning> instructionCitations,
			boolean instructionCitationsWithheld, List<Nevnt> budgetLinesMentioning, boolean budgetLinesWithheld,
			boolean budgetLinesMentioningWithheld, boolean referencesWithheld) {

		/**
		 * {@code sitaterSkjult}: the caller is not cleared and the assignment is wholly exempt, so its citations are
		 * withheld and the list is empty whether or not it has any; so are its budget lines, the lines naming it and
		 * what it refers to ({@code references.refersTo}; who refers to it is the others' public text).
		 * {@code budgetLinesWithheld} and {@code referencesWithheld} are true too, for an uncleared caller, of every
		 * partly exempt one: what only its exempt parts cite, if anything, is left out of the lists.
		 */
		static Detalj av(OppdragDetalj d, List<Instrukshenvisninger.Sitat> sitater, boolean sitaterSkjult,
				List<BudsjettlinjerSomNevner.Linje> nevnt) {
			OppdragSummary o = d.oppdrag();
			return new Detalj(o.id(), o.nokkel(), o.offisiellId(), o.aar(), o.etat(), o.seksjon(), o.seksjonTittel(),
					o.hodAvdelinger(), o.tittel(), o.tittelSkjult(), o.status().name(), o.frister(), o.fristTekst(),
					o.forventetDato(), d.statusGrunnVist(), d.notaterSkjult(), d.fremdriftVist(), d.notaterSkjult(),
					o.unntattOffentlighet(), o.versjon(),
					d.deler().stream().map(OppdragDetalj.Del::tekst).collect(Collectors.joining("\n\n")),
					d.deler().stream().map(del -> new Del(del.tekst(), del.unntatt(), del.skjult())).toList(),
					new References(d.referanser().stream().map(r -> r.oppdrag() == null ? new Ref(r.tilId(), null, null,
							null, null) : Ref.av(r.oppdrag())).toList(), d.referertAv().stream().map(Ref::av).toList()),
					d.budsjett().stream().map(b -> new Budsjett(b.kapittel(), b.post())).toList(),
					new Routing(o.divisjonId(), o.divisjon(), o.avdelingId(), o.avdeling()),
					d.opphav() == null ? null : Ref.av(d.opphav()), d.videreforing().stream().map(Ref::av).toList(),
					o.brevId(), d.fjernet(),
					d.historikk().stream().map(h -> new Historikk(h.hvem(), h.tidspunkt(), h.type(), h.felt(), h.fra(),
							h.til(), "status".equals(h.felt()) ? h.til() : null, h.notat(), h.unntatt(), h.skjult(),
							h.tidligereTekst().stream().map(del -> new Del(del.tekst(), del.unntatt(), del.skjult()))
								.toList())).toList(),
					sitater.stream().map(s -> new Instruksvisning(s.instruksId(), s.instruksTittel(), s.nummer(),
							s.punktTittel(), s.lenke())).toList(),
					sitaterSkjult, nevnt.stream().map(Nevnt::av).toList(), d.budsjettSkjult(), d.koblingerSkjult(),
					d.referanserSkjult());
		}
	}

	/** {@code withheld}: the text is the placeholder because the caller is not cleared. */
	record Del(String text, boolean exempt, boolean withheld) {
	}

	record References(List<Ref> refersTo, List<Ref> referredToBy) {
	}

	/** A reference; only {@code id} is set where the assignment is not in the register. */
	record Ref(String id, String key, Integer year, String title, String status) {

		static Ref av(OppdragRef r) {
			return new Ref(r.id(), r.nokkel(), r.aar(), r.tittel(), r.status().name());
		}
	}

	/** A post the assignment cites. */
	record Budsjett(int chapter, int post) {
	}

	/**
	 * A budget line whose comment names the assignment (by official id or by title), as the page lists them, a line
	 * of a cited post too. Its own field, not rows of {@code budgetLines}: those are the posts the assignment cites,
	 * and a client that counts them as citations would count these as well. {@code row}: the line within its post,
	 * from 1 (a post split into several rows); {@code excerpt}: where the comment names it.
	 */
	record Nevnt(int chapter, int post, int row, String name, Utdrag excerpt) {

		static Nevnt av(BudsjettlinjerSomNevner.Linje l) {
			return new Nevnt(l.kapittel(), l.post(), l.nr(), l.navn(),
					new Utdrag(l.utdrag().foran(), l.utdrag().nevning(), l.utdrag().etter()));
		}
	}

	/** {@code mention}: the words that name the assignment, empty where they could not be placed. */
	record Utdrag(String before, String mention, String after) {
	}

	/** A cited instruction section; {@code link} is the section in the instruction's reading view. */
	record Instruksvisning(long instructionId, String instruction, String section, String title, String link) {
	}

	record Routing(Long divisionId, String division, Long departmentId, String department) {
	}

	/**
	 * {@code exempt}: marked exempt from public disclosure; {@code withheld}: something the row had (its note, its
	 * values or both) is kept from the caller; {@code previousText}: on an import's change of the text, the text it
	 * replaced, part by part as {@code parts} (exempt parts withheld from an uncleared caller), empty otherwise and on
	 * rows from before old texts were kept.
	 */
	record Historikk(String who, OffsetDateTime when, String type, String field, String from, String to,
			String status, String note, boolean exempt, boolean withheld, List<Del> previousText) {
	}
}
