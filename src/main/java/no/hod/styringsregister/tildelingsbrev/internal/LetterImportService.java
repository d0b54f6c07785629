package no.hod.styringsregister.tildelingsbrev.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import no.hod.styringsregister.bevilgninger.BevilgningImport;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.dokumenter.DocumentTooLargeException;
import no.hod.styringsregister.dokumenter.ExtractedText;
import no.hod.styringsregister.dokumenter.TextExtractor;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragQueries.Brevoppdrag;
import no.hod.styringsregister.oppdrag.OppdragQueries.Forgjenger;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.tildelingsbrev.LetterImportException;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport.EarlierCorrection;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.IdRanges;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParseException;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;
import no.hod.styringsregister.web.Avvisninger;
import no.hod.styringsregister.web.Formats;

/**
 * The letter flow of DESIGN.md: file → text → parser → draft (stored for review) → confirm writes every module in
 * one transaction through their import APIs. Only admins may import; the check is here, not only on the pages.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class LetterImportService implements TildelingsbrevImport {

	private final TextExtractor extractor;

	private final LetterParser parser = new LetterParser();

	private final LetterRepository letters;

	private final OrganisasjonService organisasjon;

	private final OppdragImport oppdragImport;

	private final OppdragQueries oppdrag;

	private final BevilgningImport bevilgningImport;

	private final KalenderImport kalenderImport;

	private final JsonMapper json;

	private final CurrentUsers currentUsers;

	private final Formats formats;

	LetterImportService(@Value("${styringsregister.import.max-file-size:20MB}") DataSize maxFileSize,
			LetterRepository letters, OrganisasjonService organisasjon, OppdragImport oppdragImport,
			OppdragQueries oppdrag, BevilgningImport bevilgningImport, KalenderImport kalenderImport, JsonMapper json,
			CurrentUsers currentUsers, Formats formats) {
		this.extractor = new TextExtractor(maxFileSize.toBytes(), "tildelingsbrevet");
		this.letters = letters;
		this.organisasjon = organisasjon;
		this.oppdragImport = oppdragImport;
		this.oppdrag = oppdrag;
		this.bevilgningImport = bevilgningImport;
		this.kalenderImport = kalenderImport;
		this.json = json;
		this.currentUsers = currentUsers;
		this.formats = formats;
	}

	/** What a parsed file is, before anything is written. */
	record Parsed(String filnavn, String format, byte[] fil, String sha256, LetterDraft draft, Etat etat) {
	}

	/**
	 * A stored draft with the letter it would update and what would change, as the current user may see it: exempt
	 * text and wholly exempt titles are the placeholder for a user without clearance. The draft keeps the rows the
	 * admin took out ({@code uttatt}), so that the review can show them and they can be put back; what would change
	 * leaves them out. {@code budsjettadvarsler} are the budget lines to check against the letter, as they stand
	 * after the corrections ({@link Budsjettkontroll}). {@code rettet}: by row, the fields that hold the admin's
	 * correction from the letter's last import, as the parser read the same wrong value again ({@link Rettelser}).
	 * {@code forrigeAar}: the letter against last year's register, {@code null} where there is nothing to say.
	 * {@code idSammendrag}: the ids in {@code problemer} in one message, where there are several of them.
	 */
	record Preview(UUID id, String filnavn, LetterDraft draft, Korrigeringer.Uttatt uttatt, Etat etat,
			Long existingLetterId, Changes changes, List<String> problemer, String idSammendrag,
			List<String> fristadvarsler, List<String> budsjettadvarsler, boolean existingWithdrawn,
			Rettelser.Merknader rettet, ForrigeAar forrigeAar) {
	}

	/**
	 * The letter against the agency's register of the year before ({@code aar}), as the current user may see it: by
	 * row of the draft, the assignments of that year it continues, and that year's open assignments it does not
	 * continue, which the year end will carry over. {@code harApne}: that year has open assignments at all.
	 * {@code beholdt} and {@code brutt}: by row, what a corrected title keeps or breaks ({@link Videreforinger}).
	 */
	record ForrigeAar(int aar, Map<Integer, List<OppdragRef>> viderefores, List<OppdragRef> ikkeNevnt,
			List<Viderefort> alleredeViderefort, boolean harApne, Map<Integer, List<String>> beholdt,
			Map<Integer, List<OppdragRef>> brutt, int sammenlignet) {

		/**
		 * The rows counted as the rows' notes say them: «Viderefører» where a row continues an open assignment,
		 * «Gjentar» where it continues only finished ones, new where it continues none. {@code sammenlignet}: the rows
		 * compared, all but those taken out and, for a user without clearance, the wholly exempt. Public: the review
		 * page calls it.
		 */
		public Continuations tall() {
			int viderefort = (int) viderefores.values().stream()
				.filter(refs -> refs.stream().anyMatch(r -> r.status().aapen()))
				.count();
			int gjentar = viderefores.size() - viderefort;
			return new Continuations(aar, viderefort, gjentar, sammenlignet - viderefores.size());
		}
	}

	/**
	 * One of last year's open assignments the letter does not continue that the year end has carried over already:
	 * {@code som}, the shown id of the copy it goes on in ({@code null} where none has it as origin).
	 */
	record Viderefort(OppdragRef oppdrag, String som) {
	}

	/**
	 * The draft with the continuations the admin's corrected titles would break kept as citations. The year end
	 * links an assignment to last year's by the same title or by a citation, so a corrected title would otherwise
	 * leave last year's assignment the review showed it continues to be copied beside it. {@code beholdt}: by row, the
	 * official ids of last year's assignments the row now cites for this; {@code brutt}: by row, those without an
	 * official id to cite (a year end's copy), which the corrected title no longer continues.
	 */
	record Videreforinger(LetterDraft draft, Map<Integer, List<String>> beholdt,
			Map<Integer, List<OppdragRef>> brutt) {
	}

	/** A preview and the version of the letter it was computed against (none: a new letter). */
	private record Sammenligning(Preview preview, Optional<LetterRepository.Letter> brev) {
	}

	record Changes(OppdragImport.ImportDiff oppdrag, BevilgningImport.Diff bevilgninger, KalenderImport.Diff kalender) {

		int added() {
			return oppdrag.added() + bevilgninger.added() + kalender.added();
		}

		int changed() {
			return oppdrag.changed() + bevilgninger.changed() + kalender.changed();
		}

		int removed() {
			return oppdrag.removed() + bevilgninger.removed() + kalender.removed();
		}

		int unchanged() {
			return oppdrag.unchanged() + bevilgninger.unchanged() + kalender.unchanged();
		}
	}

	/** Parses a file without writing anything (the JSON preview). */
	@Transactional(readOnly = true)
	public Parsed parse(String filnavn, byte[] innhold) {
		ExtractedText text;
		try {
			text = extractor.extract(filnavn, innhold);
		}
		catch (DocumentTooLargeException ex) {
			throw new LetterImportException(ex.getMessage(), true, ex);
		}
		catch (UnreadableDocumentException ex) {
			throw new LetterImportException(ex.getMessage(), false, ex);
		}
		LetterDraft draft;
		try {
			draft = parser.parse(text.text());
		}
		catch (LetterParseException ex) {
			throw new LetterImportException(ex.getMessage(), false, ex);
		}
		Etat etat = organisasjon.etatByName(draft.agency()).orElseThrow(() -> new UkjentEtatException(draft.agency()));
		return new Parsed(filnavn == null ? "tildelingsbrev" : filnavn, text.format().name(), innhold, sha256(innhold),
				draft, etat);
	}

	/**
	 * A file parsed for the JSON preview, as the current user may see it, with the deadlines and budget lines to check
	 * among the warnings as the review page lists them; nothing is written.
	 */
	@Transactional(readOnly = true)
	public LetterDraft previewFile(String filnavn, byte[] innhold) {
		Parsed parsed = parse(filnavn, innhold);
		LetterDraft d = parsed.draft();
		LetterDraft draft = new LetterDraft(d.year(), d.agency(), d.kind(), d.layout(), d.goals(), d.assignments(),
				d.budgetLines(), d.calendar(), d.specialReporting(), d.authorizations(),
				advarsler(d, Korrigeringer.Uttatt.INGEN, parsed.etat()));
		return Redaction.forViewer(draft, currentUsers.current().klarert());
	}

	/**
	 * Upload for review: parses and stores a draft; nothing reaches the modules. Where the parser read a value as it
	 * did at the letter's last import, and the admin corrected it then, the draft proposes the correction.
	 */
	@Transactional
	public UUID upload(String filnavn, byte[] innhold, String bruker) {
		Parsed parsed = parse(filnavn, innhold);
		UUID id = UUID.randomUUID();
		Optional<LetterRepository.Letter> existing = existing(parsed.etat(), parsed.draft());
		letters.saveDraft(id, bruker, parsed.filnavn(), parsed.format(), innhold, parsed.sha256(),
				json.writeValueAsString(rettelser(existing).foreslaa(parsed.draft())),
				json.writeValueAsString(parsed.draft()));
		letters.markCompared(id, existing.map(LetterRepository.Letter::id).orElse(null),
				existing.map(LetterRepository.Letter::versjon).orElse(null));
		return id;
	}

	@Transactional(readOnly = true)
	public Preview preview(UUID id) {
		return sammenlign(draft(id)).preview();
	}

	/**
	 * The review page: the preview, recomputed against the letter as it is now, and recorded as what the admin saw, so
	 * that a confirm after another import of the letter is refused until the page is looked at again.
	 */
	@Transactional
	public Preview review(UUID id) {
		Sammenligning s = sammenlign(draft(id));
		letters.markCompared(id, s.brev().map(LetterRepository.Letter::id).orElse(null),
				s.brev().map(LetterRepository.Letter::versjon).orElse(null));
		return s.preview();
	}

	private Sammenligning sammenlign(LetterRepository.Draft stored) {
		UUID id = stored.id();
		Korrigeringer.Uttatt uttatt = uttatt(stored);
		CurrentUser leser = currentUsers.current();
		LetterDraft utkast = json.readValue(stored.utkast(), LetterDraft.class);
		Etat etat = organisasjon.etatByName(utkast.agency()).orElseThrow();
		Videreforinger videreforinger = videreforinger(tolket(stored), utkast, uttatt.oppdrag(), etat, leser);
		LetterDraft alle = videreforinger.draft();
		LetterDraft draft = uttatt.fjernFra(alle);
		// The version first: an import landing while the rest is read then makes the confirm ask for a fresh look.
		Optional<LetterRepository.Letter> existing = existing(etat, draft);
		long brevId = existing.map(LetterRepository.Letter::id).orElse(-1L);
		ModuleData data = ModuleData.of(draft);
		Changes changes = new Changes(oppdragImport.compare(brevId, draft.year(), etat.id(), data.oppdrag()),
				bevilgningImport.compare(brevId, data.bevilgninger(), data.fullmakter()),
				kalenderImport.compare(brevId, data.kalender(), data.saerskilt()));
		boolean klarert = leser.klarert();
		IdKollisjoner kollisjoner = idKollisjoner(brevId, alle, uttatt.oppdrag());
		return new Sammenligning(new Preview(id, stored.filnavn(), Redaction.forViewer(alle, klarert), uttatt, etat,
				existing.map(LetterRepository.Letter::id).orElse(null), changes, kollisjoner.problemer(),
				kollisjoner.sammendrag(), fristadvarsler(alle, uttatt.oppdrag()),
				budsjettadvarsler(alle, uttatt, etat), existing.map(LetterRepository.Letter::erTrukket).orElse(false),
				rettet(stored, alle, existing, klarert), forrigeAar(videreforinger, uttatt.oppdrag(), etat, leser)),
				existing);
	}

	/** The draft as the parser read it; {@code null} for drafts stored before that was kept. */
	private LetterDraft tolket(LetterRepository.Draft stored) {
		return stored.tolket() == null ? null : json.readValue(stored.tolket(), LetterDraft.class);
	}

	/**
	 * The rows of the draft compared with last year's register, by position: not those taken out, which continue
	 * nothing, nor for a user without clearance a wholly exempt one, since what it continues would tell what it is
	 * about, which the page does not show that user.
	 */
	private static List<Integer> sammenlignes(LetterDraft alle, Set<Integer> uttatt, CurrentUser leser) {
		List<Integer> rader = new ArrayList<>();
		for (int i = 0; i < alle.assignments().size(); i++) {
			if (!uttatt.contains(i)
					&& (leser.klarert() || alle.assignments().get(i).exempt() != AssignmentDraft.Exempt.WHOLE)) {
				rader.add(i);
			}
		}
		return rader;
	}

	/**
	 * Where the parser's title of a row continues one of last year's assignments and the admin's corrected title no
	 * longer does (and no other row does), the row cites it: a corrected misreading keeps the continuation the review
	 * showed, for the review, the import and the year end alike. As the review compares, for the user confirming;
	 * unchanged without what the parser read, or a year.
	 */
	private Videreforinger videreforinger(LetterDraft tolket, LetterDraft rettet, Set<Integer> uttatt, Etat etat,
			CurrentUser leser) {
		Videreforinger uendret = new Videreforinger(rettet, Map.of(), Map.of());
		if (tolket == null || rettet.year() == null) {
			return uendret;
		}
		List<Integer> rader = sammenlignes(rettet, uttatt, leser);
		List<Brevoppdrag> somRettet = new ArrayList<>();
		List<Brevoppdrag> somLest = new ArrayList<>();
		boolean tittelRettet = false;
		for (int rad : rader) {
			AssignmentDraft a = rettet.assignments().get(rad);
			String lest = rad < tolket.assignments().size() ? tolket.assignments().get(rad).title() : a.title();
			somRettet.add(new Brevoppdrag(a.title(), a.references()));
			somLest.add(new Brevoppdrag(lest, a.references()));
			tittelRettet |= !Objects.equals(lest, a.title());
		}
		if (!tittelRettet) {
			return uendret;
		}
		Set<String> fortsatt = oppdrag.previousYear(rettet.year(), etat.id(), somRettet, leser).stream()
			.filter(f -> f.videreforesAv() != null)
			.map(f -> f.oppdrag().nokkel())
			.collect(Collectors.toSet());
		Map<Integer, List<String>> beholdt = new LinkedHashMap<>();
		Map<Integer, List<OppdragRef>> brutt = new LinkedHashMap<>();
		for (Forgjenger f : oppdrag.previousYear(rettet.year(), etat.id(), somLest, leser)) {
			if (f.videreforesAv() == null || fortsatt.contains(f.oppdrag().nokkel())) {
				continue;
			}
			int rad = rader.get(f.videreforesAv());
			if (f.offisiellId() != null) {
				beholdt.computeIfAbsent(rad, r -> new ArrayList<>()).add(f.offisiellId());
			}
			else {
				brutt.computeIfAbsent(rad, r -> new ArrayList<>()).add(f.oppdrag());
			}
		}
		if (beholdt.isEmpty()) {
			return new Videreforinger(rettet, beholdt, brutt);
		}
		List<AssignmentDraft> assignments = new ArrayList<>(rettet.assignments());
		beholdt.forEach((rad, ider) -> {
			AssignmentDraft a = assignments.get(rad);
			List<String> referanser = new ArrayList<>(a.references());
			referanser.addAll(ider);
			assignments.set(rad, new AssignmentDraft(a.id(), a.section(), a.hodDepartments(), a.title(), a.text(),
					a.deadlines(), a.deadlineText(), a.exempt(), a.parts(), List.copyOf(referanser), a.budgetRefs(),
					// An id the review links publicly is public, whatever an exempt part says of it too.
					a.exemptReferences().stream().filter(r -> !referanser.contains(r)).toList(), a.exemptBudgetRefs()));
		});
		return new Videreforinger(new LetterDraft(rettet.year(), rettet.agency(), rettet.kind(), rettet.layout(),
				rettet.goals(), assignments, rettet.budgetLines(), rettet.calendar(), rettet.specialReporting(),
				rettet.authorizations(), rettet.warnings()), beholdt, brutt);
	}

	/**
	 * The letter against last year's register; {@code null} for a letter without a year, and where last year has
	 * neither open assignments nor ones the letter continues (an agency's first letter).
	 */
	private ForrigeAar forrigeAar(Videreforinger videreforinger, Set<Integer> uttatt, Etat etat, CurrentUser leser) {
		LetterDraft alle = videreforinger.draft();
		if (alle.year() == null) {
			return null;
		}
		List<Integer> rader = sammenlignes(alle, uttatt, leser);
		List<Brevoppdrag> brev = rader.stream().map(alle.assignments()::get)
			.map(a -> new Brevoppdrag(a.title(), a.references()))
			.toList();
		List<Forgjenger> forgjengere = oppdrag.previousYear(alle.year(), etat.id(), brev, leser);
		if (forgjengere.isEmpty()) {
			return null;
		}
		Map<Integer, List<OppdragRef>> viderefores = new LinkedHashMap<>();
		List<OppdragRef> ikkeNevnt = new ArrayList<>();
		List<Viderefort> alleredeViderefort = new ArrayList<>();
		for (Forgjenger f : forgjengere) {
			// One the year end has carried over already stays as it is: «Årsskifte» will not carry it over again.
			if (f.videreforesAv() == null && f.viderefort()) {
				alleredeViderefort.add(new Viderefort(f.oppdrag(), f.som()));
			}
			else if (f.videreforesAv() == null) {
				ikkeNevnt.add(f.oppdrag());
			}
			else {
				viderefores.computeIfAbsent(rader.get(f.videreforesAv()), rad -> new ArrayList<>()).add(f.oppdrag());
			}
		}
		return new ForrigeAar(alle.year() - 1, viderefores, ikkeNevnt, alleredeViderefort,
				forgjengere.stream().anyMatch(f -> f.oppdrag().status().aapen()), videreforinger.beholdt(),
				videreforinger.brutt(), rader.size());
	}

	/** The counts of {@code forrigeAar}; none where there is no year before to count against. */
	private static Continuations tall(ForrigeAar forrigeAar) {
		return forrigeAar == null ? null : forrigeAar.tall();
	}

	/** The admin's corrections at the letter's last confirmed import; none for a new letter. */
	private Rettelser rettelser(Optional<LetterRepository.Letter> brev) {
		return brev.flatMap(b -> letters.rettelser(b.id())).map(r -> json.readValue(r, Rettelser.class))
			.orElse(Rettelser.INGEN);
	}

	/**
	 * The review's notes on corrections carried over from the letter's last import; none on the title of a wholly
	 * exempt assignment for a user without clearance, which the page does not show.
	 */
	private Rettelser.Merknader rettet(LetterRepository.Draft stored, LetterDraft alle,
			Optional<LetterRepository.Letter> brev, boolean klarert) {
		if (stored.tolket() == null) {
			return Rettelser.Merknader.INGEN;
		}
		Rettelser.Merknader rettet = rettelser(brev)
			.merknader(json.readValue(stored.tolket(), LetterDraft.class), alle, formats::dato, formats::belop);
		if (!klarert) {
			for (int i = 0; i < alle.assignments().size(); i++) {
				if (alle.assignments().get(i).exempt() == AssignmentDraft.Exempt.WHOLE) {
					rettet.oppdrag().computeIfPresent(i, (rad, merknad) -> merknad.utenSkjulte());
				}
			}
		}
		return rettet;
	}

	/**
	 * The ids in the draft that another letter's assignment has: {@code problemer} each named with its row, and for
	 * several of them {@code sammendrag}, one message naming them all ({@code null} for fewer). {@code felter}: each
	 * problem's field in the review form.
	 */
	private record IdKollisjoner(List<String> problemer, String sammendrag, Map<String, String> felter) {

		/**
		 * What a confirm is refused with: a letter copied from last year's would otherwise get a line per id. A
		 * problem of its own links to its field; the summary, of several rows, to none.
		 */
		Avvisninger avvisning() {
			return sammendrag == null ? new Avvisninger(problemer, felter) : new Avvisninger(List.of(sammendrag));
		}
	}

	/**
	 * The ids in the draft, rows taken out left out, that another letter's assignment has: confirming would take the
	 * id from that assignment. The review lists them, and confirm refuses them.
	 */
	private IdKollisjoner idKollisjoner(long brevId, LetterDraft alle, Set<Integer> uttatt) {
		List<String> ider = new ArrayList<>();
		for (int i = 0; i < alle.assignments().size(); i++) {
			if (!uttatt.contains(i) && alle.assignments().get(i).id() != null) {
				ider.add(alle.assignments().get(i).id());
			}
		}
		Map<String, OppdragImport.IdIBruk> andre = new LinkedHashMap<>();
		for (OppdragImport.IdIBruk i : oppdragImport.idIBrukAvAndre(brevId, ider)) {
			andre.putIfAbsent(i.offisiellId().toUpperCase(Locale.ROOT), i);
		}
		List<String> problemer = new ArrayList<>();
		Map<String, String> felter = new LinkedHashMap<>();
		List<String> kolliderer = new ArrayList<>();
		Set<Integer> aar = new TreeSet<>();
		for (int i = 0; i < alle.assignments().size(); i++) {
			String id = alle.assignments().get(i).id();
			OppdragImport.IdIBruk eier = id == null ? null
					: andre.get(OppdragImport.offisiellId(id).toUpperCase(Locale.ROOT));
			if (!uttatt.contains(i) && eier != null) {
				String problem = Korrigeringer.idTilhorerAnnet(id, "nr. " + (i + 1), eierNavn(eier));
				problemer.add(problem);
				felter.putIfAbsent(problem, "oppdrag[" + i + "].id");
				kolliderer.add(id);
				aar.add(eier.aar());
			}
		}
		return new IdKollisjoner(problemer,
				kolliderer.size() > 1 ? idSammendrag(kolliderer, aar, alle.year()) : null, felter);
	}

	/** Several ids other letters' assignments have, in one message: which, from which letter, and what to do. */
	private static String idSammendrag(List<String> ider, Set<Integer> eiernesAar, Integer brevetsAar) {
		int eneste = eiernesAar.size() == 1 ? eiernesAar.iterator().next() : 0;
		String hvor = eneste != 0 ? "id-er fra tildelingsbrevet for " + eneste
				: "id-er som tilhører oppdrag i andre tildelingsbrev";
		String kopi = eneste != 0 && brevetsAar != null && eneste != brevetsAar
				? " Er brevet laget av brevet for " + eneste + ", skal id-ene trolig ha " + brevetsAar + " i stedet."
				: "";
		return ider.size() + " oppdrag har " + hvor + " (" + IdRanges.of(ider) + "). Et oppdrag kan ikke ta id-en "
				+ "til et annet, så brevet kan ikke importeres før du retter id-ene i tabellen, lar feltene stå tomme "
				+ "eller tar ut oppdragene." + kopi;
	}

	/** Of the ids, those another letter's assignment has (upper case), each with the words naming that assignment. */
	private Map<String, String> andresIder(long brevId, List<String> ider) {
		Map<String, String> andre = new LinkedHashMap<>();
		for (OppdragImport.IdIBruk i : oppdragImport.idIBrukAvAndre(brevId, ider)) {
			andre.putIfAbsent(i.offisiellId().toUpperCase(Locale.ROOT), eierNavn(i));
		}
		return andre;
	}

	private static String eierNavn(OppdragImport.IdIBruk eier) {
		return eier.eier() + (eier.fjernet() ? " (tatt ut av det brevet)" : "");
	}

	/**
	 * Deadlines the parser read that lie far from the letter's year (a misread year): the review warns of them, as
	 * the form would refuse them typed. Those of a wholly exempt assignment too, dates being public.
	 */
	private List<String> fristadvarsler(LetterDraft alle, Set<Integer> uttatt) {
		List<String> advarsler = new ArrayList<>();
		if (alle.year() == null) {
			return advarsler;
		}
		for (int i = 0; i < alle.assignments().size(); i++) {
			AssignmentDraft a = alle.assignments().get(i);
			if (uttatt.contains(i)) {
				continue;
			}
			String label = a.id() != null ? a.id() : "nr. " + (i + 1);
			for (LocalDate frist : a.deadlines()) {
				if (!Korrigeringer.fristIRimeligAar(frist, alle.year())) {
					advarsler.add(Korrigeringer.fristUtenforAar(formats.dato(frist), label,
							alle.year()) + " Sjekk den mot brevet.");
				}
			}
		}
		return advarsler;
	}

	/** The budget lines to check against the letter: names read into the next column, amounts far from last year's. */
	private List<String> budsjettadvarsler(LetterDraft alle, Korrigeringer.Uttatt uttatt, Etat etat) {
		List<BevilgningImport.BevilgningData> iFjor = alle.year() == null ? List.of()
				: bevilgningImport.gjeldende(etat.id(), alle.year() - 1);
		return Budsjettkontroll.advarsler(alle.budgetLines(), uttatt.budsjett(), alle.year(), iFjor, formats::belop);
	}

	/**
	 * Every warning the review lists, in its order: the parser's, the deadlines far from the letter's year, the
	 * budget lines to check. What the import history keeps, as the admin was shown them.
	 */
	private List<String> advarsler(LetterDraft alle, Korrigeringer.Uttatt uttatt, Etat etat) {
		List<String> advarsler = new ArrayList<>(alle.warnings());
		advarsler.addAll(fristadvarsler(alle, uttatt.oppdrag()));
		advarsler.addAll(budsjettadvarsler(alle, uttatt, etat));
		return List.copyOf(advarsler);
	}

	/** The letter the draft would update, as it is now; -1 for none. */
	private long brevIdFor(LetterDraft draft) {
		Etat etat = organisasjon.etatByName(draft.agency()).orElseThrow();
		return existing(etat, draft).map(LetterRepository.Letter::id).orElse(-1L);
	}

	/**
	 * Applies the admin's corrections to the stored draft, which holds what the form leaves out (exempt text), and
	 * stores the result; rows taken out stay in it, marked, until the draft is confirmed. Throws {@link Avvisninger}
	 * naming every value it cannot take, and a wholly exempt assignment's title sent by an admin without clearance,
	 * whose form does not show it (offl. § 22).
	 */
	@Transactional
	public void correct(UUID id, Korrigeringer korrigeringer) {
		LetterDraft stored = json.readValue(lockedDraft(id).utkast(), LetterDraft.class);
		LetterDraft rettet = korrigeringer.rett(stored, kjenteAvdelinger(),
				andresIder(brevIdFor(stored), korrigeringer.ider(stored)), currentUsers.current().klarert());
		letters.updateDraft(id, json.writeValueAsString(rettet),
				json.writeValueAsString(korrigeringer.uttatt(stored)));
	}

	/**
	 * The corrections applied to the draft as the current user sees it, to name every value they break (nothing is
	 * saved); throws {@link Avvisninger}.
	 */
	@Transactional(readOnly = true)
	public void check(UUID id, Korrigeringer korrigeringer) {
		LetterDraft draft = preview(id).draft();
		korrigeringer.applyTo(draft, kjenteAvdelinger(), andresIder(brevIdFor(draft), korrigeringer.ider(draft)),
				currentUsers.current().klarert());
	}

	/** The codes of the ministry's departments in the register (Administrasjon → Departementsavdelinger), upper case. */
	private Set<String> kjenteAvdelinger() {
		return organisasjon.departementsavdelinger().stream().map(d -> d.kode().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/**
	 * Writes the reviewed draft, without the rows taken out, into every module in one transaction and marks it
	 * confirmed. The draft stays locked until then, so a second confirm of it waits and is refused. Throws
	 * {@link Avvisninger} naming what must be fixed first (an assignment without a title).
	 */
	@Transactional
	public Resultat confirm(UUID id, String bruker) {
		LetterRepository.Draft stored = lockedDraft(id);
		Korrigeringer.Uttatt uttatt = uttatt(stored);
		LetterDraft utkast = json.readValue(stored.utkast(), LetterDraft.class);
		Etat etat = organisasjon.etatByName(utkast.agency()).orElseThrow();
		// As the review showed it: a corrected title keeps what the row continues.
		Videreforinger videreforinger = videreforinger(tolket(stored), utkast, uttatt.oppdrag(), etat,
				currentUsers.current());
		LetterDraft alle = videreforinger.draft();
		List<String> utenTittel = new ArrayList<>();
		Map<String, String> felter = new LinkedHashMap<>();
		utenTittel(alle, uttatt.oppdrag()).forEach((rad, navn) -> {
			String problem = "Oppdrag " + navn + " mangler tittel. Skriv tittelen i tabellen, eller ta ut oppdraget.";
			utenTittel.add(problem);
			felter.putIfAbsent(problem, "oppdrag[" + rad + "].tittel");
		});
		if (!utenTittel.isEmpty()) {
			throw new Avvisninger(utenTittel, felter);
		}
		LetterDraft draft = uttatt.fjernFra(alle);
		IdKollisjoner kollisjoner = idKollisjoner(brevIdFor(draft), alle, uttatt.oppdrag());
		if (!kollisjoner.problemer().isEmpty()) {
			throw kollisjoner.avvisning();
		}
		// Drafts uploaded before what the parser read was kept leave the letter's corrections as they were.
		Rettelser rettelser = stored.tolket() == null ? null : Rettelser.av(tolket(stored), alle, uttatt);
		// As the review listed them, rows taken out named as there.
		List<String> advarsler = advarsler(alle, uttatt, etat);
		// Counted before the write, as the review counted them.
		Continuations fortsatt = tall(forrigeAar(videreforinger, uttatt.oppdrag(), etat, currentUsers.current()));
		Resultat resultat = write(new Parsed(stored.filnavn(), stored.format(), stored.fil(), stored.sha256(), draft,
				etat), bruker, stored, rettelser, List.of(), uttatt.utenRutingVedImport(), advarsler, fortsatt);
		letters.markConfirmed(id, currentUsers.current().navn(), resultat.letterId());
		return resultat;
	}

	/** Removes a draft not yet confirmed; one already confirmed is refused, as there is nothing left to cancel. */
	@Transactional
	public void cancel(UUID id) {
		Optional<LetterRepository.Draft> stored = letters.draftForUpdate(id);
		if (stored.isPresent() && stored.get().erBekreftet()) {
			throw alleredeBekreftet(stored.get());
		}
		letters.deleteDraft(id);
	}

	/**
	 * What withdrawing the letter would take out, for the page that asks the admin to confirm it; nothing is
	 * written. The same comparisons an import of an empty letter makes.
	 *
	 * @param medArbeid the assignments on which work is recorded (status, progress note, comment, routing), titled
	 * as the admin may see them
	 * @param kopier the year end's copies of the assignments (and of those copies), which go with them
	 * @param tilbake the year end's copies the assignments had taken the place of, which come back
	 * @param fullmakter authorisations
	 * @param kalender the calendar's entries, and how many of them an admin edited by hand
	 */
	record Tilbaketrekking(LetterRepository.Letter letter, Etat etat, int oppdrag, List<OppdragImport.Endring> medArbeid,
			List<OppdragImport.Aarsskiftekopi> kopier, List<OppdragImport.Aarsskiftekopi> tilbake, int budsjettlinjer,
			int fullmakter, KalenderImport.Tilbaketrekking kalender) {

		/** The copies on which work is recorded since the year end. */
		public List<OppdragImport.Aarsskiftekopi> kopierMedArbeid() {
			return kopier.stream().filter(OppdragImport.Aarsskiftekopi::arbeid).toList();
		}
	}

	@Transactional(readOnly = true)
	public Tilbaketrekking withdrawalPreview(long brevId) {
		LetterRepository.Letter letter = letters.find(brevId).orElseThrow(() -> new LetterNotFoundException(brevId));
		if (letter.erTrukket()) {
			throw alleredeTrukket(letter);
		}
		return tilbaketrekking(letter, oppdragImport.compare(brevId, letter.aar(), letter.etatId(), List.of()),
				bevilgningImport.compare(brevId, List.of(), List.of()), kalenderImport.compareWithdraw(brevId));
	}

	/**
	 * Withdraws a letter confirmed by mistake, as an import of an empty letter through the same module APIs, in one
	 * transaction: its assignments are marked removed (status and history kept, a history row saying the letter was
	 * withdrawn), and so are the year end's copies of them, its budget lines, authorisations and calendar entries are removed, and the letter is marked
	 * withdrawn by whom and when. Its row, original file and log stay, so importing the file again brings the
	 * assignments back with their history. The letter is locked, so a second withdrawal waits and is refused.
	 */
	@Transactional
	public Tilbaketrekking withdraw(long brevId) {
		LetterRepository.Letter letter = letters.findForUpdate(brevId)
			.orElseThrow(() -> new LetterNotFoundException(brevId));
		if (letter.erTrukket()) {
			throw alleredeTrukket(letter);
		}
		String bruker = currentUsers.current().brukernavn();
		OppdragImport.ImportDiff oppdrag = oppdragImport.withdraw(brevId);
		BevilgningImport.Diff bevilgninger = bevilgningImport.apply(brevId, letter.aar(), letter.etatId(), List.of(),
				List.of());
		KalenderImport.Tilbaketrekking kalender = kalenderImport.withdraw(brevId);
		// By name, as the assignments' history says who withdrew it.
		letters.markWithdrawn(brevId, currentUsers.current().navn());
		letters.logWithdrawal(brevId, bruker, letter.filnavn(), letter.sha256(),
				oppdrag.removed() + bevilgninger.removed() + kalender.fjernet());
		return tilbaketrekking(letter, oppdrag, bevilgninger, kalender);
	}

	/**
	 * «Importer brevet på nytt»: a new draft from the withdrawn letter's kept file, reviewed and confirmed as any
	 * upload; confirming it brings the assignments back through the re-import. Only for a withdrawn letter: one in
	 * force would not change.
	 */
	@Transactional
	public UUID reimport(long brevId, String bruker) {
		LetterRepository.Letter letter = letters.find(brevId).orElseThrow(() -> new LetterNotFoundException(brevId));
		if (!letter.erTrukket()) {
			throw new LetterImportException("Brevet er ikke trukket tilbake. Last opp en ny versjon av brevet for å "
					+ "endre det.");
		}
		LetterRepository.File file = letters.file(brevId).orElseThrow(() -> new LetterNotFoundException(brevId));
		return upload(file.filnavn(), file.innhold(), bruker);
	}

	private Tilbaketrekking tilbaketrekking(LetterRepository.Letter letter, OppdragImport.ImportDiff oppdrag,
			BevilgningImport.Diff bevilgninger, KalenderImport.Tilbaketrekking kalender) {
		List<OppdragImport.Endring> medArbeid = oppdrag.endringer().stream()
			.filter(e -> "REMOVED".equals(e.type()) && e.iGang())
			.toList();
		int fullmakter = (int) bevilgninger.fullmakter().stream().filter(f -> "REMOVED".equals(f.type())).count();
		return new Tilbaketrekking(letter, organisasjon.etat(letter.etatId()).orElseThrow(), oppdrag.removed(),
				medArbeid, oppdrag.kopierTasUt(), oppdrag.kopierTilbake(), bevilgninger.removed() - fullmakter, fullmakter,
				kalender);
	}

	private LetterImportException alleredeTrukket(LetterRepository.Letter letter) {
		return new LetterImportException("Brevet er allerede trukket tilbake (av " + letter.trukketTilbakeAv() + " "
				+ formats.tidspunkt(letter.trukketTilbake()) + "). Importer brevet på nytt for å ta det i bruk igjen.");
	}

	@Override
	@Transactional
	public Resultat importFile(String filnavn, byte[] innhold, String importertAv) {
		Parsed lest = parse(filnavn, innhold);
		// An admin's correction of the very value the parser reads again is a reviewed decision on it: written as the
		// review would propose it, rather than undoing it in the records, and named in the answer. A value the letter
		// changed stands, as in the review.
		Rettelser tidligere = rettelser(existing(lest.etat(), lest.draft()));
		// An earlier title correction keeps what the row continues, as in the review. The register's own imports (the
		// demo data at startup) have no user to compare for, and no correction of theirs to keep.
		LetterDraft rettet = tidligere.foreslaa(lest.draft());
		Optional<CurrentUser> leser = currentUsers.currentIfSignedIn();
		Optional<Videreforinger> videreforinger = leser
			.map(bruker -> videreforinger(lest.draft(), rettet, Set.of(), lest.etat(), bruker));
		LetterDraft foreslatt = videreforinger.map(Videreforinger::draft).orElse(rettet);
		Continuations fortsatt = videreforinger
			.map(v -> tall(forrigeAar(v, Set.of(), lest.etat(), leser.get())))
			.orElse(null);
		Parsed parsed = new Parsed(lest.filnavn(), lest.format(), lest.fil(), lest.sha256(), foreslatt, lest.etat());
		// No review to fill it in on: refuse, naming the assignments.
		List<String> utenTittel = List.copyOf(utenTittel(parsed.draft(), Set.of()).values());
		if (!utenTittel.isEmpty()) {
			throw new LetterImportException("Fant ingen tittel for " + (utenTittel.size() == 1 ? "oppdrag " : "oppdragene ")
					+ String.join(", ", utenTittel) + ". Rett filen, eller last den opp under Tildelingsbrev og skriv "
					+ "inn tittelen før du bekrefter.");
		}
		IdKollisjoner kollisjoner = idKollisjoner(brevIdFor(parsed.draft()), parsed.draft(), Set.of());
		if (!kollisjoner.problemer().isEmpty()) {
			throw new LetterImportException(String.join(" ", kollisjoner.avvisning().problemer()));
		}
		// The corrections taken are kept for the next import; those the letter overtook are not.
		// No review to decline a routing in: each is made as proposed.
		return write(parsed, importertAv, null, Rettelser.av(lest.draft(), foreslatt, Korrigeringer.Uttatt.INGEN),
				tidligere.brukt(lest.draft(), foreslatt), Set.of(),
				advarsler(parsed.draft(), Korrigeringer.Uttatt.INGEN, parsed.etat()), fortsatt);
	}

	/**
	 * The assignments, not taken out, that have no title, by row, named as the review table does: by id, else by
	 * number in the table, with the goal they sit under ({@code nr. 37 under 3.3}).
	 */
	private static Map<Integer, String> utenTittel(LetterDraft draft, Set<Integer> uttatt) {
		Map<Integer, String> navn = new LinkedHashMap<>();
		for (int i = 0; i < draft.assignments().size(); i++) {
			AssignmentDraft a = draft.assignments().get(i);
			if (!uttatt.contains(i) && (a.title() == null || a.title().isBlank())) {
				navn.put(i, (a.id() != null ? a.id() : "nr. " + (i + 1))
						+ (a.section() != null ? " under " + a.section() : ""));
			}
		}
		return navn;
	}

	/**
	 * @param gjennomgatt the draft whose review the admin confirms, to refuse the confirm if the letter was imported
	 *        since the review was last computed; {@code null} for the API, which has no review
	 * @param rettelser what the admin corrected of the parsed draft, kept with the letter for its next import;
	 *        {@code null} to keep what the letter has
	 * @param brukt the fields written from the letter's earlier corrections without a review (the API)
	 * @param utenRuting the assignments, by position in the draft, whose proposed routing the admin declined
	 * @param advarsler the warnings on the letter, kept in its import history
	 */
	private Resultat write(Parsed parsed, String bruker, LetterRepository.Draft gjennomgatt, Rettelser rettelser,
			List<EarlierCorrection> brukt, Set<Integer> utenRuting, List<String> advarsler, Continuations fortsatt) {
		LetterDraft draft = parsed.draft();
		List<String> ider = draft.assignments().stream().map(AssignmentDraft::id).filter(Objects::nonNull).toList();
		// Two drafts of a letter not yet imported, confirmed at once: the second waits, then finds the letter the first
		// wrote, which its review did not show (refused below).
		letters.lockAgencyYear(parsed.etat().id(), draft.year());
		Optional<LetterRepository.Letter> existing = existing(parsed.etat(), draft)
			// Locked, so that a withdrawal of the same letter waits for this import, or this for it.
			.flatMap(letter -> letters.findForUpdate(letter.id()));
		if (gjennomgatt != null) {
			sjekkUendretSidenGjennomgang(gjennomgatt, existing);
		}
		ModuleData data = ModuleData.of(draft);
		// A withdrawn letter's own file again is the undo: it must be written, not skipped as unchanged.
		if (existing.isPresent() && existing.get().sha256().equals(parsed.sha256()) && !existing.get().erTrukket()) {
			// The very same file again: nothing to write, and nothing is.
			long brevId = existing.get().id();
			Changes same = new Changes(
					oppdragImport.compare(brevId, draft.year(), parsed.etat().id(), data.oppdrag()),
					bevilgningImport.compare(brevId, data.bevilgninger(), data.fullmakter()),
					kalenderImport.compare(brevId, data.kalender(), data.saerskilt()));
			return new Resultat(brevId, draft.year(), draft.agency(), same.added(), same.changed(), same.removed(),
					same.unchanged(), 0, 0, advarsler, brukt, fortsatt);
		}
		long brevId;
		if (existing.isPresent()) {
			brevId = existing.get().id();
			letters.update(brevId, draft.layout(), parsed.filnavn(), parsed.format(), parsed.fil(), parsed.sha256(), ider,
					bruker, brukerNavn(bruker));
		}
		else {
			brevId = letters.insert(parsed.etat().id(), draft.year(), draft.kind().name(), draft.layout(),
					parsed.filnavn(), parsed.format(), parsed.fil(), parsed.sha256(), ider, bruker, brukerNavn(bruker));
		}
		letters.replaceGoals(brevId, draft.goals());
		if (rettelser != null) {
			letters.saveRettelser(brevId, json.writeValueAsString(rettelser));
		}
		OppdragImport.ImportDiff oppdrag = oppdragImport.apply(brevId, draft.year(), parsed.etat().id(), data.oppdrag(),
				utenRuting);
		BevilgningImport.Diff bevilgninger = bevilgningImport.apply(brevId, draft.year(), parsed.etat().id(),
				data.bevilgninger(), data.fullmakter());
		KalenderImport.Diff kalender = kalenderImport.apply(brevId, draft.year(), parsed.etat().id(), data.kalender(),
				data.saerskilt());
		Changes changes = new Changes(oppdrag, bevilgninger, kalender);
		long importId = letters.logImport(brevId, bruker, parsed.filnavn(), parsed.format(), parsed.fil(),
				parsed.sha256(), changes.added(), changes.changed(), changes.removed(), changes.unchanged(), advarsler);
		// A first import adds every line, which the letter itself lists; a new version's changes are kept, as the
		// lines are updated in place and keep no history of their own.
		if (existing.isPresent()) {
			letters.logBudsjettendringer(importId, bevilgninger.linjer().stream()
				.map(l -> new LetterRepository.Budsjettendring(importId, l.type(), l.kapittel(), l.post(), l.navn(),
						l.belopFra(), l.belopTil(), l.verdier().stream().map(BevilgningImport.Verdiendring::felt).toList()))
				.toList());
		}
		return new Resultat(brevId, draft.year(), draft.agency(), changes.added(), changes.changed(), changes.removed(),
				changes.unchanged(), oppdrag.erstattes().size(), oppdrag.kopierTasInnIgjen().size(), advarsler, brukt,
				fortsatt);
	}

	/**
	 * Refuses the confirm of a review computed against another state of the letter than it now has (another admin
	 * imported it since): the confirm would silently undo that import, which the page did not show. Reloading the
	 * review recomputes it and lets the confirm through. Drafts from before this was recorded are not checked.
	 */
	private void sjekkUendretSidenGjennomgang(LetterRepository.Draft gjennomgatt,
			Optional<LetterRepository.Letter> naa) {
		if (gjennomgatt.sammenlignet() == null) {
			return;
		}
		Long brevId = naa.map(LetterRepository.Letter::id).orElse(null);
		Long versjon = naa.map(LetterRepository.Letter::versjon).orElse(null);
		if (Objects.equals(brevId, gjennomgatt.sammenlignetBrevId())
				&& Objects.equals(versjon, gjennomgatt.sammenlignetVersjon())) {
			return;
		}
		String hvem = naa.map(b -> (gjennomgatt.sammenlignetBrevId() == null ? "importert" : "endret") + " av "
				+ (b.importertAvNavn() != null ? b.importertAvNavn() : b.importertAv()) + " "
				+ formats.tidspunkt(b.importert())).orElse("endret");
		throw new Avvisninger(List.of("Brevet ble " + hvem + " etter at du åpnet gjennomgangen. Se gjennom "
				+ "endringene på nytt før du bekrefter."));
	}

	/** The display name of the importing user, as the pages name users; the user name when none is signed in. */
	private String brukerNavn(String bruker) {
		return currentUsers.currentIfSignedIn().map(no.hod.styringsregister.brukere.CurrentUser::navn).orElse(bruker);
	}

	private Optional<LetterRepository.Letter> existing(Etat etat, LetterDraft draft) {
		if (draft.kind() == LetterDraft.LetterKind.MAIN) {
			return letters.findMain(etat.id(), draft.year());
		}
		List<String> ider = draft.assignments().stream().map(AssignmentDraft::id).filter(Objects::nonNull).toList();
		return letters.findSupplementary(etat.id(), draft.year(), ider);
	}

	private Korrigeringer.Uttatt uttatt(LetterRepository.Draft stored) {
		return stored.uttatt() == null ? Korrigeringer.Uttatt.INGEN
				: json.readValue(stored.uttatt(), Korrigeringer.Uttatt.class);
	}

	private LetterRepository.Draft draft(UUID id) {
		return ubekreftet(letters.draft(id));
	}

	/** The draft locked for this transaction: a confirm, correction or cancel of it elsewhere waits till it ends. */
	private LetterRepository.Draft lockedDraft(UUID id) {
		return ubekreftet(letters.draftForUpdate(id));
	}

	private LetterRepository.Draft ubekreftet(Optional<LetterRepository.Draft> draft) {
		LetterRepository.Draft stored = draft.orElseThrow(() -> new LetterImportException(
				"Fant ikke opplastingen. Den kan være bekreftet, avbrutt eller utløpt. Last opp filen på nytt."));
		if (stored.erBekreftet()) {
			throw alleredeBekreftet(stored);
		}
		return stored;
	}

	private UtkastBekreftetException alleredeBekreftet(LetterRepository.Draft stored) {
		return new UtkastBekreftetException("Utkastet er allerede bekreftet (av " + stored.bekreftetAv() + " "
				+ formats.tidspunkt(stored.bekreftet()) + "). Det ble ikke importert på nytt.", stored.brevId());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
