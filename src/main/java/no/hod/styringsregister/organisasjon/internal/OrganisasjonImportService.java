package no.hod.styringsregister.organisasjon.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OmorganiseringensOppdrag;
import no.hod.styringsregister.organisasjon.OmorganiseringensOppdrag.Flytting;
import no.hod.styringsregister.organisasjon.OrganisasjonImport;
import no.hod.styringsregister.organisasjon.OrganisasjonService.TidligereNavn;
import no.hod.styringsregister.organisasjon.Visningsnavn;
import no.hod.styringsregister.organisasjon.internal.OrganisasjonRepository.Felter;
import no.hod.styringsregister.organisasjon.internal.parsing.AgencyMentions;
import no.hod.styringsregister.organisasjon.internal.parsing.DepartmentDraft;
import no.hod.styringsregister.organisasjon.internal.parsing.DivisionDraft;
import no.hod.styringsregister.organisasjon.internal.parsing.OrganisationDraft;
import no.hod.styringsregister.organisasjon.internal.parsing.OrganisationParser;

/**
 * Reads an organisation description and merges it into the tree: divisions and departments are matched by name, so
 * the divisions already registered are filled in rather than duplicated, and a department found under another
 * division is moved. Units the text does not name are left as they are.
 */
@Service
class OrganisasjonImportService implements OrganisasjonImport {

	private final OrganisasjonRepository repository;

	private final TextExtractor extractor;

	private final OrganisationParser parser = new OrganisationParser();

	private final Visningsnavn visningsnavn;

	private final Avdelingsflytting flytting;

	private final List<OmorganiseringensOppdrag> oppdrag;

	OrganisasjonImportService(OrganisasjonRepository repository, Visningsnavn visningsnavn, Avdelingsflytting flytting,
			List<OmorganiseringensOppdrag> oppdrag,
			@Value("${styringsregister.import.max-file-size:20MB}") DataSize maxSize) {
		this.repository = repository;
		this.visningsnavn = visningsnavn;
		this.flytting = flytting;
		this.oppdrag = oppdrag;
		this.extractor = new TextExtractor(maxSize.toBytes(), "organisasjonsbeskrivelsen");
	}

	/**
	 * An uploaded file waiting for review, with what confirming it would do.
	 *
	 * @param flyttinger for each department that moves (by id): the assignments that follow it and their leads
	 */
	record Utkast(UUID id, String filnavn, ImportPlan plan, Map<Long, Flytting> flyttinger) {

		/** How many assignments follow the departments that move. */
		public long oppdragSomFolger() {
			return flyttinger.values().stream().mapToLong(flytting -> flytting.oppdrag().antall()).sum();
		}
	}

	/** Reads the file as the organisation of the agency (failing if it cannot) and keeps it as a draft for review. */
	@Transactional
	UUID saveDraft(long etatId, String filnavn, byte[] innhold) {
		String admin = AdminTilgang.kreverAdmin();
		read(etat(etatId), filnavn, innhold);
		UUID id = UUID.randomUUID();
		repository.saveDraft(id, etatId, filnavn, innhold, admin);
		return id;
	}

	/** The draft waiting for review; one already confirmed is refused, naming who confirmed it and when. */
	@Transactional(readOnly = true)
	Optional<Utkast> draft(UUID id) {
		AdminTilgang.kreverAdmin();
		return repository.draft(id).map(OrganisasjonImportService::ubekreftet).map(fil -> {
			Etat etat = etat(fil.etatId());
			ImportPlan plan = makePlan(etat, read(etat, fil.filnavn(), fil.innhold()));
			return new Utkast(id, fil.filnavn(), plan, flyttinger(plan));
		});
	}

	/** What follows each department the plan moves, as the admin may see it (none when no module routes any). */
	private Map<Long, Flytting> flyttinger(ImportPlan plan) {
		Map<Long, Flytting> flyttinger = new HashMap<>();
		for (ImportPlan.Divisjon division : plan.divisjoner()) {
			for (ImportPlan.Avdeling department : division.avdelinger()) {
				if (department.status() == ImportPlan.Status.FLYTTES) {
					Enhet avdeling = repository.enhet(department.eksisterendeId()).orElseThrow().enhet();
					oppdrag.forEach(kilde -> flyttinger.put(avdeling.id(),
							kilde.vedFlytting(avdeling, division.eksisterendeId())));
				}
			}
		}
		return Map.copyOf(flyttinger);
	}

	/**
	 * Merges the draft into the tree and marks it confirmed, in one transaction. The draft's row stays locked until
	 * then, so a second confirm of it (another admin on the same page) waits and is refused, instead of failing on a
	 * unit the first added or reporting «0 nye» as if it had imported.
	 *
	 * @param likevel the admin keeps the agency although the text seems to describe another
	 */
	@Transactional
	Resultat commit(UUID id, boolean likevel) {
		String admin = AdminTilgang.kreverAdmin();
		OrganisasjonRepository.Utkastfil fil = ubekreftet(repository.draftForUpdate(id).orElseThrow(
				() -> new IllegalArgumentException("Fant ingen import som venter på bekreftelse. Last opp filen på nytt.")));
		Etat etat = etat(fil.etatId());
		ImportPlan plan = makePlan(etat, read(etat, fil.filnavn(), fil.innhold()));
		// Refused until the admin says the agency is right, as the instruction import does: one click put
		// Helsedirektoratet's 41 units under another agency.
		if (plan.annenEtat() != null && !likevel) {
			throw new AnnenEtatException("Organisasjonen ble ikke importert. " + plan.annenEtat() + " Er etaten riktig, "
					+ "kryss av for «Importer likevel under " + etat.navn() + "» og bekreft igjen.");
		}
		Resultat resultat = apply(plan, fil.filnavn());
		repository.markConfirmed(id, visningsnavn.av(admin));
		return resultat;
	}

	/** Removes a draft not yet confirmed; one already confirmed is refused, as there is nothing left to cancel. */
	@Transactional
	void discard(UUID id) {
		AdminTilgang.kreverAdmin();
		repository.draftForUpdate(id).ifPresent(OrganisasjonImportService::ubekreftet);
		repository.deleteDraft(id);
	}

	private static final java.time.format.DateTimeFormatter TIDSPUNKT = java.time.format.DateTimeFormatter
		.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb-NO"));

	private static OrganisasjonRepository.Utkastfil ubekreftet(OrganisasjonRepository.Utkastfil utkast) {
		if (utkast.bekreftet() != null) {
			throw new UtkastBekreftetException("Utkastet er allerede bekreftet (av " + utkast.bekreftetAv() + " "
					+ TIDSPUNKT.format(utkast.bekreftet().atZoneSameInstant(java.time.ZoneId.of("Europe/Oslo")))
					+ "). Det ble ikke importert på nytt.");
		}
		return utkast;
	}

	/** A draft that was already confirmed: refused, naming who and when. */
	static final class UtkastBekreftetException extends IllegalArgumentException {

		UtkastBekreftetException(String melding) {
			super(melding);
		}
	}

	/** A confirm without the admin's word that the agency is right, while the text seems to describe another. */
	static final class AnnenEtatException extends IllegalArgumentException {

		AnnenEtatException(String melding) {
			super(melding);
		}
	}

	/** What the file says, read as the organisation of the agency, and whether it rather names another agency. */
	private record Lest(OrganisationDraft utkast, String annenEtat) {
	}

	private Lest read(Etat etat, String filnavn, byte[] innhold) {
		String tekst = extractor.extract(filnavn, innhold).text();
		OrganisationDraft utkast = parser.parse(tekst, etat.navn());
		// Read as the chosen agency's whatever it says: Helsedirektoratet's page under Statens helsetilsyn would
		// give it 41 new units. The admin is told, and decides.
		String annen = AgencyMentions.otherAgency(tekst, etat.navn(),
				repository.etater().stream().map(Etat::navn).toList()).orElse(null);
		return new Lest(utkast, annen);
	}

	@Override
	@Transactional
	public Resultat importer(String etatNavn, String filnavn, byte[] innhold) {
		AdminTilgang.kreverAdmin();
		Etat etat = repository.etatByName(etatNavn)
			.orElseThrow(() -> new IllegalArgumentException("Etaten " + Sitert.verdi(etatNavn)
					+ " finnes ikke i registeret."));
		return apply(makePlan(etat, read(etat, filnavn, innhold)), filnavn);
	}

	private Etat etat(long etatId) {
		return repository.etat(etatId)
			.orElseThrow(() -> new IllegalArgumentException("Velg en etat som finnes i registeret."));
	}

	private ImportPlan makePlan(Etat etat, Lest lest) {
		OrganisationDraft utkast = lest.utkast();
		List<EnhetDetaljer> enheter = repository.enheter(etat.id());
		Map<String, EnhetDetaljer> divisjoner = new HashMap<>();
		Map<Long, String> divisjonsnavn = new HashMap<>();
		for (EnhetDetaljer enhet : enheter) {
			if (enhet.enhet().type() == Enhet.Type.DIVISJON) {
				divisjoner.put(key(enhet.enhet().navn()), enhet);
				divisjonsnavn.put(enhet.enhet().id(), enhet.enhet().navn());
			}
		}
		// A division renamed in the register is still found by the name the text gives it: else the import would
		// offer a new one beside it and move its departments there. A current name wins over an earlier one.
		Map<Long, List<String>> tidligere = tidligereNavn(enheter);
		for (EnhetDetaljer enhet : enheter) {
			if (enhet.enhet().type() == Enhet.Type.DIVISJON) {
				tidligere.get(enhet.enhet().id()).forEach(navn -> divisjoner.putIfAbsent(key(navn), enhet));
			}
		}
		List<ImportPlan.Divisjon> planned = new ArrayList<>();
		for (DivisionDraft division : utkast.divisions()) {
			EnhetDetaljer existing = divisjoner.get(key(division.name()));
			ImportPlan.Status status = existing == null ? ImportPlan.Status.NY
					: division.leader() != null && !(Objects.equals(division.leader(), existing.enhet().leder())
							&& Objects.equals(division.leaderTitle(), existing.enhet().lederTittel()))
									? ImportPlan.Status.ENDRES : ImportPlan.Status.UENDRET;
			Long divisionId = existing == null ? null : existing.enhet().id();
			List<ImportPlan.Endring> endringer = List.of();
			if (status == ImportPlan.Status.ENDRES) {
				Felter fra = existing.felter();
				endringer = endringer(fra, new Felter(fra.navn(), division.leader(), division.leaderTitle(),
						fra.beskrivelse(), fra.oppgaver(), fra.malgrupper(), fra.samarbeidspartnere()));
			}
			List<ImportPlan.Avdeling> avdelinger = new ArrayList<>();
			for (DepartmentDraft department : division.departments()) {
				avdelinger.add(department(department, divisionId, enheter, divisjonsnavn, tidligere));
			}
			planned.add(new ImportPlan.Divisjon(division, status, divisionId, List.copyOf(avdelinger), endringer));
		}
		return new ImportPlan(etat, List.copyOf(planned), utkast.warnings(), lest.annenEtat());
	}

	private static ImportPlan.Avdeling department(DepartmentDraft department, Long divisionId,
			List<EnhetDetaljer> enheter, Map<Long, String> divisjonsnavn, Map<Long, List<String>> tidligere) {
		EnhetDetaljer match = avdeling(department, divisionId, enheter, enhet -> List.of(enhet.enhet().navn()));
		if (match == null) {
			// Renamed in the register: found by the name it had, as divisions are.
			match = avdeling(department, divisionId, enheter, enhet -> tidligere.get(enhet.enhet().id()));
		}
		if (match == null) {
			return new ImportPlan.Avdeling(department, ImportPlan.Status.NY, null, null, List.of());
		}
		List<ImportPlan.Endring> endringer = endringer(match.felter(), felter(department, match.enhet().navn()));
		if (!Objects.equals(match.enhet().overordnetId(), divisionId)) {
			return new ImportPlan.Avdeling(department, ImportPlan.Status.FLYTTES, match.enhet().id(),
					divisjonsnavn.get(match.enhet().overordnetId()), endringer);
		}
		boolean same = felter(department, match.enhet().navn()).equals(match.felter());
		return new ImportPlan.Avdeling(department, same ? ImportPlan.Status.UENDRET : ImportPlan.Status.ENDRES,
				match.enhet().id(), null, same ? List.of() : endringer);
	}

	/** The agency's department of that name (the one under the division, if several), by the names given. */
	private static EnhetDetaljer avdeling(DepartmentDraft department, Long divisionId, List<EnhetDetaljer> enheter,
			Function<EnhetDetaljer, List<String>> navn) {
		EnhetDetaljer match = null;
		for (EnhetDetaljer enhet : enheter) {
			if (enhet.enhet().type() == Enhet.Type.AVDELING
					&& navn.apply(enhet).stream().anyMatch(n -> key(n).equals(key(department.name())))
					&& (match == null || Objects.equals(enhet.enhet().overordnetId(), divisionId))) {
				match = enhet;
			}
		}
		return match;
	}

	private Map<Long, List<String>> tidligereNavn(List<EnhetDetaljer> enheter) {
		Map<Long, List<String>> navn = new HashMap<>();
		for (EnhetDetaljer enhet : enheter) {
			navn.put(enhet.enhet().id(),
					repository.formerNames(enhet.enhet().id()).stream().map(TidligereNavn::navn).toList());
		}
		return navn;
	}

	/**
	 * Carries out the plan. A department that moves takes the assignments routed to it along (see
	 * {@link no.hod.styringsregister.organisasjon.AvdelingFlyttet}), in this transaction.
	 */
	private Resultat apply(ImportPlan plan, String filnavn) {
		long oppdragFlyttet = 0;
		for (ImportPlan.Divisjon division : plan.divisjoner()) {
			DivisionDraft draft = division.utkast();
			long divisionId;
			if (division.status() == ImportPlan.Status.NY) {
				divisionId = repository.addEnhet(plan.etat().id(), null, Enhet.Type.DIVISJON, new Felter(draft.name(),
						draft.leader(), draft.leaderTitle(), null, List.of(), null, null));
			}
			else {
				divisionId = division.eksisterendeId();
				if (division.status() == ImportPlan.Status.ENDRES) {
					EnhetDetaljer existing = repository.enhet(divisionId).orElseThrow();
					Felter felter = existing.felter();
					repository.updateEnhet(divisionId, new Felter(felter.navn(), draft.leader(), draft.leaderTitle(),
							felter.beskrivelse(), felter.oppgaver(), felter.malgrupper(), felter.samarbeidspartnere()));
				}
			}
			for (ImportPlan.Avdeling department : division.avdelinger()) {
				switch (department.status()) {
					case NY -> repository.addEnhet(plan.etat().id(), divisionId, Enhet.Type.AVDELING,
							felter(department.utkast(), department.utkast().name()));
					case FLYTTES, ENDRES -> {
						long id = department.eksisterendeId();
						Enhet avdeling = repository.enhet(id).orElseThrow().enhet();
						repository.updateEnhet(id, felter(department.utkast(), avdeling.navn()));
						if (department.status() == ImportPlan.Status.FLYTTES) {
							oppdragFlyttet += flytting.flytt(avdeling, divisionId,
									"ved import av organisasjonsbeskrivelsen " + Sitert.verdi(filnavn));
						}
					}
					case UENDRET -> {
					}
				}
			}
		}
		return new Resultat(plan.antall(ImportPlan.Status.NY),
				plan.antall(ImportPlan.Status.ENDRES) + plan.antall(ImportPlan.Status.FLYTTES),
				plan.antall(ImportPlan.Status.UENDRET), oppdragFlyttet);
	}

	/** The department's fields as the text gives them, under the name the register already uses. */
	private static Felter felter(DepartmentDraft department, String navn) {
		return new Felter(navn, blankToNull(department.leader()), blankToNull(department.leaderTitle()),
				blankToNull(department.description()), department.tasks(), blankToNull(department.targetGroups()),
				blankToNull(department.partners()));
	}

	/** What confirming changes in a unit's fields, so that the preview can show old and new values. */
	private static List<ImportPlan.Endring> endringer(Felter fra, Felter til) {
		List<ImportPlan.Endring> endringer = new ArrayList<>();
		endring(endringer, "navn", fra.navn(), til.navn());
		endring(endringer, "leder", fra.leder(), til.leder());
		endring(endringer, "leder-tittel", fra.lederTittel(), til.lederTittel());
		endring(endringer, "beskrivelse", fra.beskrivelse(), til.beskrivelse());
		endring(endringer, "oppgaver", liste(fra.oppgaver()), liste(til.oppgaver()));
		endring(endringer, "malgrupper", fra.malgrupper(), til.malgrupper());
		endring(endringer, "samarbeidspartnere", fra.samarbeidspartnere(), til.samarbeidspartnere());
		return List.copyOf(endringer);
	}

	private static void endring(List<ImportPlan.Endring> endringer, String felt, String fra, String til) {
		if (!Objects.equals(blankToNull(fra), blankToNull(til))) {
			endringer.add(new ImportPlan.Endring(felt, blankToNull(fra), blankToNull(til)));
		}
	}

	private static String liste(List<String> verdier) {
		return verdier == null || verdier.isEmpty() ? null : String.join("; ", verdier);
	}

	private static String key(String navn) {
		return navn.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
