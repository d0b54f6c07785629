package no.hod.styringsregister.rapporter.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragFlyttet;
import no.hod.styringsregister.oppdrag.OppdragKommentar;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRutet;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.oppdrag.OppdragSvar;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/**
 * The start page's figures: for an agency and a year, and for a lead's division. Every number is counted with the
 * same {@link OppdragFilter} its link opens in the assignment list, through the same read path, so following a link
 * shows as many rows as the number said.
 */
@Service
class Oversikt {

	static final List<OppdragStatus> AAPNE = List.of(OppdragStatus.values()).stream().filter(OppdragStatus::aapen)
		.toList();

	static final int NESTE_DAGER = 30;

	/** Today is the first of the {@value #NESTE_DAGER} days, as in the calendar's «Neste 30 dager». */
	static LocalDate sisteDagINeste(LocalDate idag) {
		return idag.plusDays(NESTE_DAGER - 1);
	}

	static final int UENDRET_DAGER = 60;

	static final int MAKS_OPPDATERING = 15;

	static final int SVAR_DAGER = 30;

	static final int MAKS_SVAR = 10;

	/** A reason or comment longer than this is cut on the start page; the assignment's page has it whole. */
	static final int SVAR_UTDRAG = 300;

	/**
	 * SVG geometry: label column, bar area, row height, and the whole width with room for a count after the longest
	 * bar. Narrow enough that a phone (375 px, less the page's margins) shows the chart at about its own size: the
	 * chart scales to its box, and at the former 560 units its 14 px labels shrank to 8 px there.
	 */
	static final int ETIKETT = 105;

	static final int STOLPEOMRAADE = 195;

	static final int RAD = 30;

	static final int BREDDE = ETIKETT + STOLPEOMRAADE + 40;

	private final OppdragQueries oppdrag;

	private final OrganisasjonService organisasjon;

	private final RapportTekst tekst;

	Oversikt(OppdragQueries oppdrag, OrganisasjonService organisasjon, RapportTekst tekst) {
		this.oppdrag = oppdrag;
		this.organisasjon = organisasjon;
		this.tekst = tekst;
	}

	record Tall(String etikett, long antall, String lenke) {
	}

	record Divisjonsrad(String navn, Tall alle, Tall aapne, Tall forfalt) {
	}

	/** One bar: {@code y} and {@code bredde} in the SVG's units. */
	record Stolpe(String etikett, long antall, int y, int bredde) {

		public int tekstY() {
			return y + 17;
		}

		public int tallX() {
			return ETIKETT + bredde + 6;
		}

		public int stolpeX() {
			return ETIKETT;
		}
	}

	/**
	 * @param forfaltForsinket how many of {@code forfalt} are reported delayed: the letter's deadline passed, a new
	 *        date set. Shown with it, so that the overdue count and the status Forsinket do not read as contradictory.
	 */
	record Tavle(Etat etat, int aar, Tall totalt, List<Tall> perStatus, Tall forfalt, long forfaltForsinket,
			Tall neste30, List<Divisjonsrad> perDivisjon, Divisjonsrad ikkeRutet, List<Stolpe> stolper, int hoyde,
			String beskrivelse) {

		/** The chart's width in its own units. */
		public int bredde() {
			return BREDDE;
		}

		/** The table per division: the divisions, then the assignments not routed to one, if any. */
		public List<Divisjonsrad> divisjonsrader() {
			if (ikkeRutet.alle().antall() == 0) {
				return perDivisjon;
			}
			List<Divisjonsrad> rader = new ArrayList<>(perDivisjon);
			rader.add(ikkeRutet);
			return rader;
		}
	}

	Tavle tavle(Etat etat, int aar, CurrentUser bruker, LocalDate idag) {
		OppdragFilter grunn = OppdragFilter.alle().medEtat(etat.id()).medAar(aar);
		Tall totalt = tall(tekst.tekst("forside.dashbord.totalt"), grunn, bruker);
		List<Tall> perStatus = new ArrayList<>();
		for (OppdragStatus s : OppdragStatus.values()) {
			perStatus.add(tall(tekst.status(s), grunn.medStatus(s), bruker));
		}
		Tall forfalt = tall(tekst.tekst("forside.dashbord.forfalt"), forfalt(grunn), bruker);
		long forfaltForsinket = oppdrag.count(forfalt(grunn).medStatus(OppdragStatus.FORSINKET), bruker);
		LocalDate sisteDag = sisteDagINeste(idag);
		// With its dates, as the filter its link opens has them: «the next 30 days» says nothing on a printout.
		Tall neste = tall(tekst.tekst("forside.dashbord.neste30", tekst.formats().dato(idag),
				tekst.formats().dato(sisteDag)),
				grunn.medStatus(AAPNE.toArray(OppdragStatus[]::new)).medFrister(idag, sisteDag), bruker);
		List<Divisjonsrad> divisjoner = new ArrayList<>();
		for (Enhet d : organisasjon.divisjoner(etat.id())) {
			Divisjonsrad rad = divisjonsrad(d.navn(), grunn.medDivisjon(d.id()), bruker);
			if (rad.alle().antall() > 0 || d.aktiv()) {
				divisjoner.add(rad);
			}
		}
		Divisjonsrad ikkeRutet = divisjonsrad(tekst.tekst("forside.dashbord.ikke-rutet"), grunn.medIkkeRutet(),
				bruker);
		long storst = Math.max(1, perStatus.stream().mapToLong(Tall::antall).max().orElse(1));
		List<Stolpe> stolper = new ArrayList<>();
		for (int i = 0; i < perStatus.size(); i++) {
			Tall t = perStatus.get(i);
			stolper.add(new Stolpe(t.etikett(), t.antall(), i * RAD, (int) Math.round(STOLPEOMRAADE * (double) t.antall() / storst)));
		}
		String beskrivelse = tekst.tekst("forside.dashbord.diagram.beskrivelse",
				perStatus.stream().map(t -> t.etikett() + " " + t.antall()).collect(Collectors.joining(", ")));
		return new Tavle(etat, aar, totalt, perStatus, forfalt, forfaltForsinket, neste, divisjoner, ikkeRutet,
				stolper, perStatus.size() * RAD, beskrivelse);
	}

	/** All, open and overdue assignments of a division, or of those not routed to one. */
	private Divisjonsrad divisjonsrad(String navn, OppdragFilter f, CurrentUser bruker) {
		return new Divisjonsrad(navn, tall(navn, f, bruker),
				tall(navn, f.medStatus(AAPNE.toArray(OppdragStatus[]::new)), bruker), tall(navn, forfalt(f), bruker));
	}

	/**
	 * A division's open assignments of every year: last year's are still the division's to deliver when next year's
	 * letter comes. {@code perAar} has the years that have any, oldest first, each labelled with its year.
	 */
	record Aapne(long antall, String lenke, List<Tall> perAar) {

		public boolean flereAar() {
			return perAar.size() > 1;
		}
	}

	/**
	 * Counted once in all and once a year, the newest years first (where the open ones are) until all are counted:
	 * a count per year, not per assignment. {@code aarstall}: the years that have assignments, newest first.
	 */
	Aapne aapne(long divisjonId, List<Integer> aarstall, CurrentUser bruker) {
		OppdragFilter f = mineAapne(divisjonId);
		long alle = oppdrag.count(f, bruker);
		List<Tall> perAar = new ArrayList<>();
		long talt = 0;
		for (int i = 0; i < aarstall.size() && talt < alle; i++) {
			Tall aaret = tall(String.valueOf(aarstall.get(i)), f.medAar(aarstall.get(i)), bruker);
			if (aaret.antall() > 0) {
				perAar.add(0, aaret);
				talt += aaret.antall();
			}
		}
		return new Aapne(alle, lenke(f), perAar);
	}

	/**
	 * A division's open assignments of every year, each piece of work once: one carried over at year end stays open
	 * in its old year as history, and counts as its successor in the new year.
	 */
	private static OppdragFilter mineAapne(long divisjonId) {
		return OppdragFilter.alle().medDivisjon(divisjonId).medStatus(AAPNE.toArray(OppdragStatus[]::new))
			.medUtenVidereforte();
	}

	/** The delayed ones among {@link #mineAapne}: a part of the open ones the page counts beside them. */
	static OppdragFilter mineForsinket(long divisjonId) {
		return mineAapne(divisjonId).medStatus(OppdragStatus.FORSINKET);
	}

	/**
	 * A lead's open assignments of any year that need an update: unchanged for 60 days, or a deadline within 30 days
	 * or passed. A delayed assignment is due on its new expected date, not on the letter's deadline it already missed.
	 */
	record TrengerOppdatering(OppdragSummary oppdrag, String hvorfor) {
	}

	List<TrengerOppdatering> trengerOppdatering(long divisjonId, CurrentUser bruker, LocalDate idag) {
		OppdragFilter f = mineAapne(divisjonId).medSide(0, OppdragFilter.STORSTE_STORRELSE);
		OffsetDateTime grense = idag.minusDays(UENDRET_DAGER).atStartOfDay(Formats.OSLO).toOffsetDateTime();
		List<TrengerOppdatering> ut = new ArrayList<>();
		for (OppdragSummary o : oppdrag.search(f, bruker)) {
			LocalDate frist = gjeldendeFrist(o);
			String slags = forsinket(o) ? "forside.oppdatering.forventet" : "forside.oppdatering.frist";
			if (frist != null && frist.isBefore(idag)) {
				ut.add(new TrengerOppdatering(o, tekst.tekst(slags + ".passert", tekst.formats().dato(frist))));
			}
			else if (frist != null && !frist.isAfter(sisteDagINeste(idag))) {
				ut.add(new TrengerOppdatering(o, tekst.tekst(slags, tekst.formats().dato(frist))));
			}
			else if (o.endret() != null && o.endret().isBefore(grense)) {
				ut.add(new TrengerOppdatering(o, tekst.tekst("forside.oppdatering.gammel",
						tekst.formats().dato(o.endret().atZoneSameInstant(Formats.OSLO).toLocalDate()))));
			}
		}
		ut.sort(Comparator.comparing((TrengerOppdatering t) -> {
			LocalDate frist = gjeldendeFrist(t.oppdrag());
			return frist == null ? LocalDate.MAX : frist;
		}));
		return ut;
	}

	/**
	 * The ministry's answer with its label ({@code Godkjent}, {@code Satt til Utgår}) and its text as the start page
	 * shows it: whole, or cut at a word with «…».
	 */
	record Tilbakemelding(OppdragSvar svar, String merkelapp, String utdrag) {
	}

	/**
	 * What the ministry answered on the division's assignments in the last {@value #SVAR_DAGER} days, of any year:
	 * an answer to last year's delivery matters as much in January.
	 */
	List<Tilbakemelding> tilbakemeldinger(long divisjonId, CurrentUser bruker, LocalDate idag) {
		OffsetDateTime siden = idag.minusDays(SVAR_DAGER).atStartOfDay(Formats.OSLO).toOffsetDateTime();
		return oppdrag.replies(divisjonId, siden, bruker).stream()
			.map(s -> new Tilbakemelding(s, tekst.tekst("forside.svar." + s.slag(),
					s.til() == null ? "" : tekst.status(s.til())), utdrag(s.tekst())))
			.toList();
	}

	static final int RUTET_DAGER = 30;

	static final int MAKS_RUTET = 10;

	/** The assignments routed or rerouted to the division in the last {@value #RUTET_DAGER} days, of any year. */
	List<OppdragRutet> nyligRutet(long divisjonId, CurrentUser bruker, LocalDate idag) {
		OffsetDateTime siden = idag.minusDays(RUTET_DAGER).atStartOfDay(Formats.OSLO).toOffsetDateTime();
		return oppdrag.routedTo(divisjonId, siden, bruker);
	}

	/**
	 * The assignments routed away from the division in the last {@value #RUTET_DAGER} days and not back there, so
	 * the lead is told where an assignment the division worked on went instead of it silently leaving the lists.
	 */
	List<OppdragFlyttet> nyligFlyttet(long divisjonId, CurrentUser bruker, LocalDate idag) {
		OffsetDateTime siden = idag.minusDays(RUTET_DAGER).atStartOfDay(Formats.OSLO).toOffsetDateTime();
		return oppdrag.routedAwayFrom(divisjonId, siden, bruker);
	}

	/**
	 * A division lead's comment with its text as the start page shows it: whole, or cut at a word with «…».
	 *
	 * @param merketUnntatt the assignment is exempt wholly or in part and the reader cleared: its title is marked as
	 *     in «Neste frister», so it is not passed on unknowingly (an uncleared reader gets the placeholder, no mark)
	 * @param utdragUnntatt the text shown is exempt content: a comment marked exempt, or any comment on a wholly
	 *     exempt assignment (only a cleared reader gets that text)
	 */
	record Divisjonssvar(OppdragKommentar kommentar, String utdrag, boolean merketUnntatt, boolean utdragUnntatt) {
	}

	/**
	 * What the divisions' leads commented in the last {@value #SVAR_DAGER} days, for the ministry's start page: the
	 * other half of the lead's «Tilbakemeldinger fra departementet».
	 */
	List<Divisjonssvar> divisjonssvar(CurrentUser bruker, LocalDate idag) {
		OffsetDateTime siden = idag.minusDays(SVAR_DAGER).atStartOfDay(Formats.OSLO).toOffsetDateTime();
		return oppdrag.leadComments(siden, bruker).stream()
			.map(k -> new Divisjonssvar(k, utdrag(k.tekst()), bruker.klarert() && k.unntattOffentlighet(),
					k.tekst() != null && (k.tekstUnntatt() || k.heltUnntatt())))
			.toList();
	}

	/**
	 * A delivery waiting for acceptance, with how long it has waited in words.
	 *
	 * @param merketUnntatt the assignment is exempt wholly or in part and the reader cleared: marked as in the
	 *     assignment list, so it is not passed on unknowingly (an uncleared reader gets the placeholder, no mark)
	 */
	record TilGodkjenning(OppdragSummary oppdrag, LocalDate levert, String venter, boolean merketUnntatt) {
	}

	List<TilGodkjenning> tilGodkjenning(int antall, CurrentUser bruker, LocalDate idag) {
		return oppdrag.awaitingAcceptance(antall, bruker).stream().map(l -> {
			LocalDate levert = l.levert() == null ? null : l.levert().atZoneSameInstant(Formats.OSLO).toLocalDate();
			long dager = levert == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(levert, idag));
			// The count also as plain text: a number in a choice would be grouped ("3 000").
			return new TilGodkjenning(l.oppdrag(), levert,
					tekst.tekst("forside.til-godkjenning.venter", dager, String.valueOf(dager)),
					bruker.klarert() && l.oppdrag().unntattOffentlighet());
		}).toList();
	}

	static String utdrag(String tekst) {
		if (tekst == null || tekst.length() <= SVAR_UTDRAG) {
			return tekst;
		}
		int slutt = tekst.lastIndexOf(' ', SVAR_UTDRAG);
		return tekst.substring(0, slutt > SVAR_UTDRAG / 2 ? slutt : SVAR_UTDRAG).strip() + " …";
	}

	private static boolean forsinket(OppdragSummary o) {
		return o.status().medForventetDato() && o.forventetDato() != null;
	}

	private static LocalDate gjeldendeFrist(OppdragSummary o) {
		return forsinket(o) ? o.forventetDato() : o.frister().stream().min(Comparator.naturalOrder()).orElse(null);
	}

	private Tall tall(String etikett, OppdragFilter f, CurrentUser bruker) {
		return new Tall(etikett, oppdrag.count(f, bruker), lenke(f));
	}

	/** Open and the first deadline passed: the list's {@code overdue=true}. */
	private static OppdragFilter forfalt(OppdragFilter f) {
		return new OppdragFilter(f.q(), f.aar(), f.etatId(), f.statuser(), f.divisjonId(), f.avdelingId(), f.seksjon(),
				f.hodAvdeling(), f.brevId(), f.fristFra(), f.fristTil(), true, f.ikkeRutet(), f.utenVidereforte(),
				f.sortering(), f.synkende(), 0, OppdragFilter.STANDARD_STORRELSE);
	}

	/** The filter as the assignment list's parameters (see the list's ListeParametre). */
	static String lenke(OppdragFilter f) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/oppdrag");
		if (f.etatId() != null) {
			b.queryParam("agency", f.etatId());
		}
		if (f.aar() != null) {
			b.queryParam("year", f.aar());
		}
		f.statuser().forEach(s -> b.queryParam("status", s.name()));
		if (f.divisjonId() != null) {
			b.queryParam("division", f.divisjonId());
		}
		if (f.ikkeRutet()) {
			b.queryParam("unrouted", true);
		}
		if (f.utenVidereforte()) {
			b.queryParam("notCarriedOver", true);
		}
		if (f.fristFra() != null) {
			b.queryParam("deadlineFrom", f.fristFra());
		}
		if (f.fristTil() != null) {
			b.queryParam("deadlineTo", f.fristTil());
		}
		if (f.forfalt()) {
			b.queryParam("overdue", true);
		}
		return b.build().toUriString();
	}
}
