package no.hod.styringsregister.instrukser.internal;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import no.hod.styringsregister.EnLinje;
import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.Tekstlengde;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.instrukser.InstruksHenvisninger;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.instrukser.InstruksPunkt;
import no.hod.styringsregister.instrukser.InstruksQueries;
import no.hod.styringsregister.instrukser.InstruksVersjon;
import no.hod.styringsregister.instrukser.internal.InstruksRepository.Fil;
import no.hod.styringsregister.instrukser.internal.InstruksRepository.Versjonsdata;
import no.hod.styringsregister.instrukser.internal.parsing.InstruksDraft;
import no.hod.styringsregister.instrukser.internal.parsing.InstruksParser;
import no.hod.styringsregister.instrukser.internal.parsing.SectionDraft;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.Etatsomtale;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Avvisninger;
import no.hod.styringsregister.web.Formats;

/**
 * Instructions: reading a file into a draft (writing nothing), storing a confirmed draft as a version of the agency's
 * instruction, and answering which version was in force when. Imports are for admins; every signed-in user reads.
 */
@Service
@Transactional(readOnly = true)
class InstruksService implements InstruksQueries, InstruksImport {

	/** Dates in messages as on the pages: «10. januar 2018». */
	static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK);

	private final InstruksRepository repository;

	private final OrganisasjonService organisasjon;

	private final CurrentUsers currentUsers;

	private final TextExtractor extractor;

	private final InstruksParser parser = new InstruksParser();

	private final Formats formats;

	private final InstruksDiff diff;

	/** Looked up when asked: the modules that cite sections read instructions through this service themselves. */
	private final ObjectProvider<InstruksHenvisninger> henvisninger;

	InstruksService(InstruksRepository repository, OrganisasjonService organisasjon, CurrentUsers currentUsers,
			ObjectProvider<InstruksHenvisninger> henvisninger, Formats formats, InstruksDiff diff,
			@Value("${styringsregister.import.max-file-size:20MB}") DataSize maxSize) {
		this.repository = repository;
		this.formats = formats;
		this.diff = diff;
		this.organisasjon = organisasjon;
		this.currentUsers = currentUsers;
		this.henvisninger = henvisninger;
		this.extractor = new TextExtractor(maxSize.toBytes(), "instruksen");
	}

	/**
	 * What the file says, for the admin to review.
	 *
	 * @param advarsler the parser's warnings and the register's (an agency that is not registered)
	 * @param etat the registered agency the instruction names, or {@code null}
	 * @param tidligere the stored version with the same agency, title and dates, or {@code null}
	 * @param uendret whether confirming would change nothing
	 * @param bortfall the cited sections of {@code tidligere} the file no longer has, which confirming would leave
	 * their citations pointing at nothing
	 * @param tidligereTrukket whether {@code tidligere} was withdrawn, so confirming puts it back
	 * @param feilEtat per registered agency, by id, the warning that the text is about another agency if filed under
	 * that one (the admin may choose any agency on the page)
	 * @param grunnlag the version the file is compared with: {@code tidligere}, else the agency's version in force
	 * today, else its newest; {@code null} when the agency has none
	 * @param endringer the sections that are new, changed or removed against {@code grunnlag}
	 */
	record Forhandsvisning(InstruksDraft utkast, List<String> advarsler, Etat etat, InstruksVersjon tidligere,
			boolean uendret, List<Bortfall> bortfall, boolean tidligereTrukket, Map<Long, String> feilEtat,
			InstruksVersjon grunnlag, List<Sammenligning.Punktendring> endringer) {

		public long antall(String type) {
			return endringer.stream().filter(e -> e.type().name().equals(type)).count();
		}

		/** The draft with the register's warnings added: the preview API's answer. */
		InstruksDraft medAdvarsler() {
			InstruksDraft d = utkast;
			return new InstruksDraft(d.title(), d.agency(), d.issuedBy(), d.issued(), d.amended(), d.effectiveFrom(),
					d.replaces(), d.sections(), advarsler);
		}
	}

	Forhandsvisning les(String filnavn, byte[] innhold) {
		kreverAdmin();
		String tekst = extractor.extract(filnavn, innhold).text();
		InstruksDraft utkast = parser.parse(tekst);
		List<String> advarsler = new ArrayList<>(utkast.warnings());
		foerEndringen(utkast.effectiveFrom(), utkast.amended()).ifPresent(advarsler::add);
		Etat etat = organisasjon.etatByName(utkast.agency()).orElse(null);
		InstruksVersjon tidligere = null;
		boolean uendret = false;
		if (etat == null) {
			advarsler.add("Etaten " + Sitert.verdi(utkast.agency())
					+ " finnes ikke i registeret. Registrer den under Organisasjon, "
					+ "eller velg en annen etat før du bekrefter.");
		}
		else {
			Versjonsdata data = data(etat.id(), utkast);
			tidligere = same(data).orElse(null);
			uendret = tidligere != null && unchanged(tidligere, data);
		}
		List<Bortfall> bortfall = tidligere == null || uendret ? List.of() : bortfall(tidligere.id(), utkast.sections());
		boolean trukket = tidligere != null && repository.tilbaketrekking(tidligere.id()).isPresent();
		Map<Long, String> feilEtat = new java.util.LinkedHashMap<>();
		for (Etat e : organisasjon.etater()) {
			annenEtat(tekst, e).ifPresent(advarsel -> feilEtat.put(e.id(), advarsel));
		}
		InstruksVersjon grunnlag = etat == null ? null : tidligere != null ? tidligere : grunnlag(etat.id()).orElse(null);
		List<Sammenligning.Punktendring> endringer = grunnlag == null ? List.of()
				: diff.lesbar(Sammenligning.sammenlign(repository.punkter(grunnlag.id()), utkast.sections()).stream()
					.filter(e -> e.type() != Sammenligning.Type.UENDRET)
					.toList());
		return new Forhandsvisning(utkast, List.copyOf(advarsler), etat, tidligere, uendret, bortfall, trukket,
				feilEtat, grunnlag, endringer);
	}

	/**
	 * The warning that the version would apply from before it was decided: an amended text that still gives the
	 * original instruction's in-force date. Stored so, the version counts as in force from that date, over the one
	 * that really was in force until the amendment. A warning, not a refusal: the admin reads the text and decides.
	 */
	static Optional<String> foerEndringen(LocalDate gjelderFra, LocalDate endret) {
		if (gjelderFra == null || endret == null || !gjelderFra.isBefore(endret)) {
			return Optional.empty();
		}
		return Optional.of("«Gjelder fra» er " + DATO.format(gjelderFra) + ", før instruksen ble endret "
				+ DATO.format(endret) + ". En versjon kan ikke gjelde før den ble vedtatt: slik datoene står, regnes "
				+ "denne versjonen som gjeldende fra " + DATO.format(gjelderFra) + ", også i tiden før endringen. Er "
				+ "datoen den opprinnelige instruksens, sett «Gjelder fra» til endringsdatoen eller la feltet stå tomt.");
	}

	/** What a new version is compared with: the one in force today, else the newest (all may start later). */
	private Optional<InstruksVersjon> grunnlag(long etatId) {
		return gjeldende(etatId, LocalDate.now(Formats.OSLO))
			.or(() -> repository.versjoner(etatId).stream().findFirst());
	}

	/**
	 * The warning that the text is about another agency than {@code etat}, by the organisation import's count of the
	 * agencies it names: the Helsedirektoratet instruction was confirmed under Statens helsetilsyn without a word.
	 */
	private Optional<String> annenEtat(String tekst, Etat etat) {
		return Etatsomtale.annenEtat(tekst, etat.navn(), organisasjon.etater().stream().map(Etat::navn).toList())
			.map(funn -> funn + " Sjekk at du valgte riktig etat før du bekrefter.");
	}

	/**
	 * A section of the stored version that the new text lacks, and how many assignments cite it.
	 *
	 * @param oppdrag how many cite it
	 */
	record Bortfall(String nummer, String tittel, int oppdrag) {
	}

	/**
	 * The stored version's cited sections that the new text lacks. Confirming replaces the version's text in place
	 * (same agency, title and dates: a correction), so their citations would name a section that is gone.
	 */
	private List<Bortfall> bortfall(long instruksId, List<SectionDraft> nye) {
		Set<String> finnes = new HashSet<>();
		nye.forEach(punkt -> finnes.add(punkt.number()));
		Map<String, Integer> antall = new HashMap<>();
		henvisninger.orderedStream()
			.forEach(kilde -> kilde.antallPerPunkt(instruksId).forEach((punkt, n) -> antall.merge(punkt, n, Integer::sum)));
		return repository.punkter(instruksId).stream()
			.filter(punkt -> !finnes.contains(punkt.number()) && antall.getOrDefault(punkt.number(), 0) > 0)
			.map(punkt -> new Bortfall(punkt.number(), punkt.title(), antall.get(punkt.number())))
			.toList();
	}

	/** An uploaded file waiting for review, with what it says. */
	record Utkast(UUID id, String filnavn, Forhandsvisning forhandsvisning) {
	}

	/** Reads the file (failing as {@link #les} does) and keeps it as a draft for review. */
	@Transactional
	UUID lagreUtkast(String filnavn, byte[] innhold) {
		les(filnavn, innhold);
		UUID id = UUID.randomUUID();
		repository.saveDraft(id, filnavn, innhold, kreverAdmin());
		return id;
	}

	/** The draft waiting for review; one already confirmed is refused, naming who confirmed it and when. */
	Optional<Utkast> utkast(UUID id) {
		kreverAdmin();
		return repository.draft(id).map(this::ubekreftet)
			.map(fil -> new Utkast(id, fil.filnavn(), les(fil.filnavn(), fil.innhold())));
	}

	/**
	 * Stores the draft as a version, with the admin's corrections to what the text says, and marks the draft confirmed,
	 * in one transaction. The draft's row stays locked until then, so a second confirm of it (another admin on the
	 * same page) waits, and is refused, instead of importing again or failing on the unique index.
	 */
	@Transactional
	Resultat bekreft(UUID id, Rettelser rettelser) {
		String admin = kreverAdmin();
		InstruksRepository.Utkastrad fil = ubekreftet(repository.draftForUpdate(id).orElseThrow(
				() -> new IllegalArgumentException("Fant ingen import som venter på bekreftelse. Last opp filen på nytt.")));
		String tekst = extractor.extract(fil.filnavn(), fil.innhold()).text();
		InstruksDraft utkast = parser.parse(tekst);
		// Refused until the admin says it is right: an instruction under the wrong agency is read as that agency's.
		Optional<Etat> valgt = organisasjon.etat(rettelser.etatId());
		Optional<String> feilEtat = valgt.flatMap(etat -> annenEtat(tekst, etat));
		if (feilEtat.isPresent() && !rettelser.likevel()) {
			throw new Avvisninger(List.of(feilEtat.get(), "Er etaten riktig, kryss av for «Importer likevel under "
					+ valgt.get().navn() + "» og bekreft igjen."));
		}
		Versjonsdata data = new Versjonsdata(rettelser.etatId(), rettelser.tittel() == null ? "" : rettelser.tittel().trim(),
				utkast.issuedBy(), rettelser.fastsatt(), rettelser.endret(), rettelser.gjelderFra(),
				rettelser.erstatter() == null || rettelser.erstatter().isBlank() ? null : rettelser.erstatter().trim(),
				utkast.sections());
		// The title and what it replaces are shown on one line in every list; the form must not break them. Nor may
		// it make them longer than a title anywhere in the register: 10 000 characters broke the list's table. What
		// the file itself says stays, as in the letter review, so that a form sent back untouched is never refused.
		Map<String, String> iSkjemaet = new LinkedHashMap<>();
		enLinjeTittel(rettelser.tittel(), utkast.title(), "Tittelen", "tittel", iSkjemaet);
		enLinjeTittel(rettelser.erstatter(), utkast.replaces(), "«Erstatter»", "erstatter", iSkjemaet);
		Resultat resultat = store(data, fil.filnavn(), fil.innhold(), admin, iSkjemaet);
		repository.markConfirmed(id, visningsnavn(admin), resultat.id());
		return resultat;
	}

	/** A one-line title of the form, its problem (if any) put in {@code problemer} with the field it concerns. */
	private static void enLinjeTittel(String skrevet, String lest, String hva, String felt,
			Map<String, String> problemer) {
		if (!EnLinje.Regel.godtatt(skrevet)) {
			problemer.put(EnLinje.Regel.melding(hva), felt);
		}
		else if (Tekstlengde.forLang(skrevet, Tekstlengde.TITTEL) && !skrevet.trim().equals(lest)) {
			problemer.put(Tekstlengde.melding(hva, skrevet, Tekstlengde.TITTEL), felt);
		}
	}

	/** Removes a draft not yet confirmed; one already confirmed is refused, as there is nothing left to cancel. */
	@Transactional
	void forkast(UUID id) {
		kreverAdmin();
		repository.draftForUpdate(id).ifPresent(this::ubekreftet);
		repository.deleteDraft(id);
	}

	private InstruksRepository.Utkastrad ubekreftet(InstruksRepository.Utkastrad utkast) {
		if (utkast.bekreftet() != null) {
			throw new UtkastBekreftetException("Utkastet er allerede bekreftet (av " + utkast.bekreftetAv() + " "
					+ formats.tidspunkt(utkast.bekreftet()) + "). Det ble ikke importert på nytt.", utkast.instruksId());
		}
		return utkast;
	}

	/** The signed-in user's display name, as the rest of the pages name users; a job's name for a job. */
	private String visningsnavn(String brukernavn) {
		return currentUsers.currentIfSignedIn().map(CurrentUser::navn).orElse(brukernavn);
	}

	/**
	 * What the admin may correct before confirming: the agency, title and dates; {@code likevel} when the admin keeps
	 * the agency although the text seems to be about another. Serializable: a refused form goes back
	 * to the page through the session, which is stored in the database.
	 */
	record Rettelser(long etatId, String tittel, LocalDate fastsatt, LocalDate endret, LocalDate gjelderFra,
			String erstatter, boolean likevel) implements Serializable {
	}

	@Override
	@Transactional
	public Resultat importer(String filnavn, byte[] innhold) {
		String bruker = kreverAdmin();
		InstruksDraft utkast = parser.parse(extractor.extract(filnavn, innhold).text());
		Etat etat = organisasjon.etatByName(utkast.agency())
			.orElseThrow(() -> new IllegalArgumentException("Etaten " + Sitert.verdi(utkast.agency())
					+ " finnes ikke i registeret. "
					+ "Registrer den under Organisasjon først."));
		return store(data(etat.id(), utkast), filnavn, innhold, bruker, Map.of());
	}

	static Versjonsdata data(long etatId, InstruksDraft utkast) {
		return new Versjonsdata(etatId, utkast.title(), utkast.issuedBy(), utkast.issued(), utkast.amended(),
				utkast.effectiveFrom(), utkast.replaces(), utkast.sections());
	}

	/**
	 * {@code iSkjemaet}: what is wrong with the admin's corrections, each to the field it concerns, listed with the
	 * rest.
	 */
	private Resultat store(Versjonsdata data, String filnavn, byte[] innhold, String bruker,
			Map<String, String> iSkjemaet) {
		List<String> problemer = new ArrayList<>(iSkjemaet.keySet());
		if (data.tittel() == null || data.tittel().isBlank()) {
			problemer.add("Instruksen må ha en tittel.");
		}
		if (organisasjon.etat(data.etatId()).isEmpty()) {
			problemer.add("Velg en etat som finnes i registeret.");
		}
		if (data.punkter().isEmpty()) {
			problemer.add("Instruksen har ingen punkter.");
		}
		datoer(data.fastsatt(), data.endret(), data.gjelderFra(), problemer);
		if (!problemer.isEmpty()) {
			throw new Avvisninger(problemer, iSkjemaet);
		}
		Fil fil = new Fil(filnavn, filtype(filnavn), innhold);
		Optional<InstruksVersjon> same = same(data);
		if (same.isEmpty()) {
			long id = repository.insert(data, fil, sha256(innhold), bruker);
			return new Resultat(id, Status.NY, data.tittel());
		}
		// The admin imports a withdrawn version again: it was wanted after all, so it is back (the review said so).
		if (repository.tilbaketrekking(same.get().id()).isPresent()) {
			repository.gjeninnsett(same.get().id());
			repository.update(same.get().id(), data, fil, sha256(innhold), bruker);
			return new Resultat(same.get().id(), Status.GJENINNSATT, data.tittel());
		}
		if (unchanged(same.get(), data)) {
			return new Resultat(same.get().id(), Status.UENDRET, same.get().tittel());
		}
		repository.update(same.get().id(), data, fil, sha256(innhold), bruker);
		return new Resultat(same.get().id(), Status.OPPDATERT, data.tittel());
	}

	/**
	 * A version without the date it was set would be stored as undated and be treated as in force from a setting that
	 * is not there; and nothing is changed or in force before it was set.
	 */
	private static void datoer(LocalDate fastsatt, LocalDate endret, LocalDate gjelderFra, List<String> problemer) {
		int foer = problemer.size();
		trolig("Fastsatt", fastsatt, problemer);
		trolig("Endret", endret, problemer);
		trolig("Gjelder fra", gjelderFra, problemer);
		if (problemer.size() > foer) {
			return;
		}
		if (fastsatt == null) {
			problemer.add("Oppgi når instruksen ble fastsatt (Fastsatt).");
			return;
		}
		if (endret != null && endret.isBefore(fastsatt)) {
			problemer.add("Instruksen kan ikke være endret før den ble fastsatt. Rett datoene.");
		}
		if (gjelderFra != null && gjelderFra.isBefore(fastsatt)) {
			problemer.add("Instruksen kan ikke gjelde fra " + DATO.format(gjelderFra) + ", før den ble fastsatt "
					+ DATO.format(fastsatt) + ". Rett datoene.");
		}
	}

	/** The earliest date an instruction of the register can bear; the register's agencies' instructions are younger. */
	static final LocalDate TIDLIGSTE_DATO = LocalDate.of(1990, 1, 1);

	/**
	 * Refuses a date no instruction can have: a typo such as 1026 for 2026 made the version «Erstattet» at once, and
	 * 2126 made it wait a century. An instruction is not set more than a year ahead.
	 */
	private static void trolig(String felt, LocalDate dato, List<String> problemer) {
		if (dato == null) {
			return;
		}
		LocalDate seneste = LocalDate.now(Formats.OSLO).plusYears(1);
		if (dato.isBefore(TIDLIGSTE_DATO) || dato.isAfter(seneste)) {
			problemer.add(Sitert.verdi(felt) + " er " + DATO.format(dato)
					+ ", og det kan ikke stemme for en instruks. Oppgi en "
					+ "dato mellom " + DATO.format(TIDLIGSTE_DATO) + " og " + DATO.format(seneste) + ".");
		}
	}

	private Optional<InstruksVersjon> same(Versjonsdata data) {
		return repository.sammeVersjon(data.etatId(), data.tittel(), data.fastsatt(), data.endret());
	}

	private boolean unchanged(InstruksVersjon stored, Versjonsdata data) {
		return stored.tittel().equals(data.tittel()) && stored.fastsattAv().equals(data.fastsattAv())
				&& Objects.equals(stored.gjelderFra(), data.gjelderFra())
				&& Objects.equals(stored.erstatter(), data.erstatter())
				&& repository.punkter(stored.id()).equals(data.punkter());
	}

	@Override
	public List<InstruksVersjon> versjoner(long etatId) {
		return repository.versjoner(etatId);
	}

	/** Every version a reader may see: an admin sees the withdrawn ones too. */
	List<InstruksVersjon> alle() {
		return repository.alle(erAdmin());
	}

	/** The agency's versions a reader may see, newest first: an admin sees the withdrawn ones too. */
	List<InstruksVersjon> synlige(long etatId) {
		return repository.versjoner(etatId, erAdmin());
	}

	/** The agency's withdrawn versions (only admins see them). */
	Set<Long> trukne(long etatId) {
		return erAdmin() ? repository.trukne(etatId) : Set.of();
	}

	Optional<InstruksRepository.Tilbaketrekking> tilbaketrekking(long id) {
		return repository.tilbaketrekking(id);
	}

	/**
	 * Withdraws a version imported by mistake: readers no longer see it, nor is it ever the version in force; admins
	 * still do, and may put it back. Refused while an assignment cites one of its sections, so no citation is left
	 * pointing at a text readers cannot open; the numbers only, as a citing assignment may be exempt.
	 */
	@Transactional
	void trekkTilbake(long id) {
		String admin = visningsnavn(kreverAdmin());
		InstruksVersjon versjon = finnVersjon(id);
		repository.las(id);
		if (repository.tilbaketrekking(id).isPresent()) {
			throw new IllegalArgumentException(Sitert.verdi(versjon.tittel()) + " er allerede trukket tilbake.");
		}
		Map<String, Integer> antall = new java.util.TreeMap<>();
		henvisninger.orderedStream()
			.forEach(kilde -> kilde.antallPerPunkt(id).forEach((punkt, n) -> antall.merge(punkt, n, Integer::sum)));
		antall.values().removeIf(n -> n == 0);
		if (!antall.isEmpty()) {
			List<String> punkter = antall.entrySet().stream()
				.map(e -> "punkt " + e.getKey() + " (" + (e.getValue() == 1 ? "ett oppdrag" : e.getValue() + " oppdrag")
						+ ")")
				.toList();
			throw new IllegalArgumentException(Sitert.verdi(versjon.tittel())
					+ " kan ikke trekkes tilbake: oppdrag viser til "
					+ String.join(", ", punkter) + ". Fjern henvisningene i oppdragene først, eller rett versjonen ved "
					+ "å importere den på nytt.");
		}
		repository.trekkTilbake(id, admin);
	}

	/** Puts a withdrawn version back, as it was. */
	@Transactional
	void gjeninnsett(long id) {
		kreverAdmin();
		InstruksVersjon versjon = finnVersjon(id);
		repository.las(id);
		if (repository.tilbaketrekking(id).isEmpty()) {
			throw new IllegalArgumentException(Sitert.verdi(versjon.tittel()) + " er ikke trukket tilbake.");
		}
		repository.gjeninnsett(id);
	}

	Optional<InstruksVersjon> versjon(long id) {
		return repository.versjon(id);
	}

	/** The version, or a 404 that names the number asked for. */
	InstruksVersjon finnVersjon(long id) {
		return repository.versjon(id)
			// A withdrawn version is for admins only; to others it is not there.
			.filter(v -> erAdmin() || repository.tilbaketrekking(id).isEmpty())
			.orElseThrow(() -> InstruksIkkeFunnetException.instruks(id));
	}

	/**
	 * The agency's version that counts from the earliest date, for the answer that none was in force on a day
	 * before it; empty when the agency has no dated version.
	 */
	Optional<InstruksVersjon> eldste(long etatId) {
		List<InstruksVersjon> versjoner = repository.versjoner(etatId);
		return versjoner.stream().filter(v -> v.start() != null).reduce((nyere, eldre) -> eldre);
	}

	/**
	 * Two versions of one agency's instruction, older first, and what changed section by section, its marks named for
	 * screen readers ({@link InstruksDiff}); {@code byttet} when they were asked for newer first.
	 */
	record Sammenstilling(InstruksVersjon gammel, InstruksVersjon ny, List<Sammenligning.Punktendring> endringer,
			boolean byttet) {
	}

	/** Older first, as the lists are newest first: an undated version counts as the oldest. */
	private static final Comparator<InstruksVersjon> ELDST_FORST = Comparator
		.comparing(InstruksVersjon::start, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(InstruksVersjon::id);

	/**
	 * Compares two versions of the same agency's instruction, older to newer whichever order they were chosen in:
	 * compared the other way, the newer text would show as deleted. Different agencies' instructions are different
	 * texts, and a word diff between them says nothing, so that is refused.
	 */
	Sammenstilling sammenlign(long fra, long til) {
		InstruksVersjon forste = finnVersjon(fra);
		InstruksVersjon andre = finnVersjon(til);
		boolean byttet = ELDST_FORST.compare(forste, andre) > 0;
		InstruksVersjon gammel = byttet ? andre : forste;
		InstruksVersjon ny = byttet ? forste : andre;
		if (gammel.etatId() != ny.etatId()) {
			throw new UgyldigInstruksvalg("Du kan bare sammenligne versjoner av samme etats instruks. «" + gammel.tittel()
					+ "» er instruksen for " + etatnavn(gammel.etatId()) + ", " + Sitert.verdi(ny.tittel()) + " for "
					+ etatnavn(ny.etatId()) + ".", "/instrukser/sammenlign?etat=" + gammel.etatId(),
					"instr.sammenlign.tilbake");
		}
		return new Sammenstilling(gammel, ny,
				diff.lesbar(Sammenligning.sammenlign(repository.punkter(gammel.id()), repository.punkter(ny.id()))),
				byttet);
	}

	private String etatnavn(long etatId) {
		return organisasjon.etat(etatId).map(Etat::navn).orElse("etat nummer " + etatId);
	}

	List<SectionDraft> punktTekster(long id) {
		return repository.punkter(id);
	}

	Optional<Fil> fil(long id) {
		return repository.fil(id);
	}

	/** The version that has begun latest on the date, by {@link InstruksVersjon#start()}: the one rule for it. */
	@Override
	public Optional<InstruksVersjon> gjeldende(long etatId, LocalDate dato) {
		return repository.versjoner(etatId).stream().filter(v -> v.begynt(dato))
			.max(java.util.Comparator.comparing(InstruksVersjon::start).thenComparingLong(InstruksVersjon::id));
	}

	/**
	 * Locks the version's row until the caller's transaction ends, as a withdrawal does before it counts the
	 * citations: a citation and a withdrawal of the same version then wait for each other, and the later one sees
	 * the earlier. Shared, so that citations do not wait for each other.
	 */
	@Override
	@Transactional
	public Siterbar laasForSitering(long instruksId) {
		return repository.lasDelt(instruksId)
			.map(trukket -> trukket ? Siterbar.TRUKKET_TILBAKE : Siterbar.JA)
			.orElse(Siterbar.FINNES_IKKE);
	}

	@Override
	public Optional<InstruksPunkt> section(long etatId, String nummer, LocalDate dato) {
		return gjeldende(etatId, dato == null ? LocalDate.now(Formats.OSLO) : dato)
			.flatMap(versjon -> punkt(versjon.id(), nummer));
	}

	@Override
	public Optional<InstruksPunkt> punkt(long instruksId, String nummer) {
		if (nummer == null) {
			return Optional.empty();
		}
		String number = nummer.trim().replaceAll("\\.$", "");
		return repository.versjon(instruksId).flatMap(versjon -> repository.punkt(instruksId, number)
			.map(punkt -> citert(versjon, punkt)));
	}

	@Override
	public List<InstruksPunkt> punkter(long instruksId) {
		return repository.versjon(instruksId)
			.map(versjon -> repository.punkter(instruksId).stream().map(punkt -> citert(versjon, punkt)).toList())
			.orElse(List.of());
	}

	private static InstruksPunkt citert(InstruksVersjon versjon, SectionDraft punkt) {
		return new InstruksPunkt(versjon.id(), versjon.tittel(), versjon.etikett(), punkt.number(), punkt.title(), punkt.text(),
				"/instrukser/" + versjon.id() + "#" + Tekstblokker.anker(punkt.number()));
	}

	List<InstruksRepository.Treff> sok(String sporring) {
		return sporring == null || sporring.isBlank() ? List.of() : repository.sok(sporring.trim());
	}

	/** Whether the signed-in user is an admin (a withdrawn version is shown to admins only). */
	boolean erAdmin() {
		return currentUsers.currentIfSignedIn().map(CurrentUser::isAdmin).orElse(false);
	}

	/** For pages that only admins may open. */
	void kreverAdminTilgang() {
		kreverAdmin();
	}

	/**
	 * The admin's user name. A registered user must be an admin as the users module says now; a job that is no
	 * registered user (the demo data at start-up) must run with the admin role.
	 */
	private String kreverAdmin() {
		Optional<CurrentUser> user = currentUsers.currentIfSignedIn();
		if (user.isPresent() && user.get().isAdmin()) {
			return user.get().brukernavn();
		}
		Authentication job = SecurityContextHolder.getContext().getAuthentication();
		if (user.isEmpty() && job != null && !(job instanceof AnonymousAuthenticationToken) && job.isAuthenticated()
				&& job.getAuthorities().stream().anyMatch(a -> Rolle.ADMIN.authority().equals(a.getAuthority()))) {
			return job.getName();
		}
		throw new AccessDeniedException("Bare administratorer kan importere eller trekke tilbake instrukser.");
	}

	private static String filtype(String filnavn) {
		String name = filnavn.toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (name.endsWith(".docx")) {
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		}
		return "text/plain; charset=utf-8";
	}

	private static String sha256(byte[] innhold) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innhold));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
