package no.hod.styringsregister.tildelingsbrev.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.organisasjon.Visningsnavn;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.GoalDraft;
import no.hod.styringsregister.web.Nedlasting;

/**
 * Letters as every signed-in user may see them. The original file holds exempt text: cleared users only. A withdrawn
 * letter is there for admins only, marked as such; to everyone else it is not there at all, as nothing of it is in
 * force.
 */
@Service
@Transactional(readOnly = true)
class LetterReadService {

	/** Who the demo data imports the seed letters as (DemoData): no user of the register. */
	private static final String DEMODATA = "demo";

	private final LetterRepository letters;

	private final OrganisasjonService organisasjon;

	private final CurrentUsers currentUsers;

	private final OppdragQueries oppdrag;

	private final Visningsnavn visningsnavn;

	LetterReadService(LetterRepository letters, OrganisasjonService organisasjon, CurrentUsers currentUsers,
			OppdragQueries oppdrag, Visningsnavn visningsnavn) {
		this.letters = letters;
		this.organisasjon = organisasjon;
		this.currentUsers = currentUsers;
		this.oppdrag = oppdrag;
		this.visningsnavn = visningsnavn;
	}

	/** @param importertAv who imported it last, as the pages name users */
	record LetterView(LetterRepository.Letter letter, Etat etat, Hvem importertAv) {
	}

	/**
	 * @param removed the assignments a newer version of the letter dropped, titled as the viewer may see them: no
	 * list shows them, so this is where they are found
	 */
	record LetterPage(LetterView view, List<GoalDraft> goals, List<Import> imports,
			boolean mayDownload, List<OppdragRef> removed, int ikkeVidereforte) {
	}

	/**
	 * One row of the letter's import history, with who did it as the pages name users, and what it did to the
	 * letter's budget lines (empty for a first import, a withdrawal and imports logged before this was kept).
	 */
	record Import(LetterRepository.ImportLogg logg, Hvem av, List<LetterRepository.Budsjettendring> budsjettlinjer) {
	}

	/** A user by display name, or the demo data that imported the seed letters at first start. */
	record Hvem(String navn, boolean demodata) {
	}

	/** An upload waiting for review, with who uploaded it as the pages name users. */
	record Utkast(LetterRepository.DraftSummary utkast, String av) {
	}

	List<LetterView> all() {
		Map<Long, Etat> etater = organisasjon.etater().stream().collect(Collectors.toMap(Etat::id, Function.identity()));
		boolean admin = currentUsers.current().isAdmin();
		return letters.all().stream().filter(l -> admin || !l.erTrukket())
			.map(l -> new LetterView(l, etater.get(l.etatId()), hvem(l.importertAv()))).toList();
	}

	LetterPage page(long id) {
		LetterRepository.Letter letter = synlig(id);
		CurrentUser viewer = currentUsers.current();
		Map<Long, List<LetterRepository.Budsjettendring>> budsjett = letters.budsjettendringer(id).stream()
			.collect(Collectors.groupingBy(LetterRepository.Budsjettendring::importId));
		List<Import> imports = letters.imports(id).stream()
			.map(i -> new Import(i, hvem(i.bruker()), budsjett.getOrDefault(i.id(), List.of())))
			.toList();
		return new LetterPage(new LetterView(letter, organisasjon.etat(letter.etatId()).orElseThrow(),
				hvem(letter.importertAv())), letters.goals(id), imports, viewer.klarert(),
				oppdrag.removedFromLetter(id, viewer), ikkeVidereforte(letter, viewer));
	}

	/**
	 * For an admin, how many of the agency's open assignments of the year before the letter's «Årsskifte» has not
	 * carried over yet: until it runs, the letter's assignments that continue them are neither linked to them nor
	 * routed as they were, and the rest get no copy. None for others, who cannot run it, and for a withdrawn letter.
	 */
	private int ikkeVidereforte(LetterRepository.Letter letter, CurrentUser viewer) {
		return viewer.isAdmin() && !letter.erTrukket() ? oppdrag.notCarriedOver(letter.aar() - 1, letter.etatId()) : 0;
	}

	/** Uploads waiting for review, so that an admin who left the review page can go back to it or cancel it. */
	List<Utkast> openDrafts() {
		return letters.openDrafts().stream().map(u -> new Utkast(u, visningsnavn.av(u.bruker()))).toList();
	}

	/** The log keeps the user name; «(admin)» or «(demo)» said little. */
	private Hvem hvem(String brukernavn) {
		String navn = visningsnavn.av(brukernavn);
		return new Hvem(navn, DEMODATA.equals(brukernavn) && navn.equals(brukernavn));
	}

	/**
	 * The original file as the ministry sent it, with its exempt text: only for users cleared for it. Named as it was
	 * uploaded, marked when the letter has exempt parts ({@link Nedlasting#original(String, boolean)}); one whose
	 * marks the parser missed cannot be known, and goes as it came. With {@code importId}, the file that import of
	 * the letter read, on the same terms: an earlier version is as unredacted. It is marked by the letter as it now
	 * is, since an earlier version's exempt parts are not kept apart.
	 */
	LetterRepository.File file(long id, Long importId) {
		synlig(id);
		if (!currentUsers.current().klarert()) {
			// An original cannot be redacted, and an exempt mark the parser missed would be in it: cleared users only.
			throw new BrevSidefeil.OriginalfilNektet();
		}
		LetterRepository.File fil = (importId == null ? letters.file(id) : letters.importFile(id, importId))
			.orElseThrow(() -> importId == null ? new LetterNotFoundException(id)
					: new BrevSidefeil.ImportfilFinnesIkke(importId));
		return new LetterRepository.File(Nedlasting.original(fil.filnavn(), oppdrag.exemptInLetter(id)), fil.format(),
				fil.innhold());
	}

	/** The letter, unless it is withdrawn and the viewer no admin. */
	private LetterRepository.Letter synlig(long id) {
		return letters.find(id).filter(l -> !l.erTrukket() || currentUsers.current().isAdmin())
			.orElseThrow(() -> new LetterNotFoundException(id));
	}
}
