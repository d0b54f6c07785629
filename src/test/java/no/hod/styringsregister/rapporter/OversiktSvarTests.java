package no.hod.styringsregister.rapporter;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragUpdates;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A division lead's start page tells what the ministry answered on the division's assignments in the last 30 days:
 * accepted, sent back, commented, by whom and when, newest first, with the text the lead may read.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversiktSvarTests extends RapportTestoppsett {

	static final int AAR = LocalDate.now(Formats.OSLO).getYear();

	@Autowired
	OppdragUpdates oppdragUpdates;

	Enhet divisjon;

	Enhet ruting;

	RapportFixtur fixtur;

	@BeforeAll
	void data() throws Exception {
		fixtur = new RapportFixtur(mvc, organisasjon, jdbc, "sv-adm");
		// An agency and divisions of their own, so no other test's answers show on these leads' pages.
		CurrentUser admin = brukere.create(new NyBruker("sv-adm", "Sv Admin", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		long etat = fixtur.nyEtat("Svaretaten");
		divisjon = fixtur.nyDivisjon(etat, "Divisjon for svar");
		Enhet annen = fixtur.nyDivisjon(etat, "Divisjon uten svar");
		CurrentUser leder = brukere.create(new NyBruker("sv-leder", "Sv Leder", "et-langt-passord",
				Rolle.HDIR_LEDER, divisjon.id(), false, null));
		brukere.create(new NyBruker("sv-annen", "Sv Annen", "et-langt-passord", Rolle.HDIR_LEDER, annen.id(), false,
				null));
		CurrentUser saksbehandler = brukere.create(new NyBruker("sv-sb", "Sv Saksbehandler", "et-langt-passord",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
		ruting = fixtur.nyDivisjon(etat, "Divisjon for ruting");
		CurrentUser rutingLeder = brukere.create(new NyBruker("sv-ruting", "Sv Ruting", "et-langt-passord",
				Rolle.HDIR_LEDER, ruting.id(), false, null));
		brukere.create(new NyBruker("sv-tom", "Sv Tom", "et-langt-passord", Rolle.HDIR_LEDER,
				fixtur.nyDivisjon(etat, "Divisjon uten ruting").id(), false, null));

		List<OppdragData> oppdrag = new ArrayList<>();
		for (int i = 1; i <= 13; i++) {
			oppdrag.add(RapportFixtur.oppdrag(sv(i), "Svaroppdrag " + i, LocalDate.of(AAR, 12, 1)));
		}
		oppdrag.add(new OppdragData(sv(14), "1.1", "Mål", List.of("FHA"), "Hemmelig lager",
				List.of(new Tekstdel("Hemmelig tekst.", true)), List.of(LocalDate.of(AAR, 12, 1)), null, Unntak.WHOLE,
				List.of(), List.of()));
		for (int i = 15; i <= 22; i++) {
			boolean hemmelig = i == 19 || i == 22;
			oppdrag.add(new OppdragData(sv(i), "1.1", "Mål", List.of("FHA"),
					i == 19 ? "Hemmelig flytting" : i == 22 ? "Hemmelig leveranse" : "Rutet " + i,
					List.of(new Tekstdel("Tekst.", hemmelig)), List.of(LocalDate.of(AAR, 12, 1)), null,
					hemmelig ? Unntak.WHOLE : Unntak.NONE, List.of(), List.of()));
		}
		oppdragImport.apply(720_001, AAR, etat, oppdrag);
		oppdragUpdates.route(IntStream.rangeClosed(1, 14).mapToObj(OversiktSvarTests::sv).toList(), divisjon.id(),
				null, admin);

		for (int i = 1; i <= 12; i++) {
			oppdragUpdates.changeStatus(sv(i), OppdragStatus.LEVERT, "Levert.", null, null, leder);
		}
		for (int i = 1; i <= 10; i++) {
			oppdragUpdates.changeStatus(sv(i), OppdragStatus.FULLFORT, "Takk, godkjent.", null, null, saksbehandler);
		}
		oppdragUpdates.changeStatus(sv(11), OppdragStatus.PAAGAAR, "Mangler kostnadsoverslag.", null, null,
				saksbehandler);
		// The lead takes a delivery back: the division's own doing, not an answer.
		oppdragUpdates.changeStatus(sv(12), OppdragStatus.PAAGAAR, "Tar den tilbake.", null, null, leder);
		kommenter(sv(13), "Fortrolig merknad.", true);
		kommenter(sv(14), "Om lageret.", false);
		// The ministry's other decisions on the routing division's assignments; SV-15 is moved there from another
		// division, SV-17 moved away from it.
		oppdragUpdates.route(List.of(sv(15), sv(17)), annen.id(), null, admin);
		oppdragUpdates.route(List.of(sv(16), sv(17), sv(19), sv(20), sv(21), sv(22)), ruting.id(), null, admin);
		oppdragUpdates.route(List.of(sv(17)), annen.id(), null, admin);
		oppdragUpdates.route(List.of(sv(15)), ruting.id(), null, admin);
		oppdragUpdates.changeStatus(sv(16), OppdragStatus.UTGAAR, null, null,
				"Oppdraget trekkes, jf. revidert budsjett.", saksbehandler);
		oppdragUpdates.changeStatus(sv(15), OppdragStatus.PAAGAAR, null, null, null, admin);
		oppdragUpdates.changeStatus(sv(19), OppdragStatus.UTGAAR, null, null, "Hemmelig grunn.", saksbehandler);
		oppdragUpdates.changeStatus(sv(20), OppdragStatus.LEVERT, "Levert.", null, null, rutingLeder);
		oppdragUpdates.changeStatus(sv(21), OppdragStatus.LEVERT, "Levert.", null, null, rutingLeder);
		oppdragUpdates.changeStatus(sv(22), OppdragStatus.LEVERT, null, null, null, rutingLeder);
		// Delivered long ago, so they are the longest waiting of the register's deliveries (history is only added
		// to, so the older delivery is written with its time).
		for (int n : List.of(20, 21, 22)) {
			jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, bruker_rolle, type, "
					+ "felt, fra, til) SELECT id, ?, ?, ?, 'HDIR_LEDER', 'STATUS', 'status', 'PAAGAAR', 'LEVERT' FROM oppdrag "
					+ "WHERE visnings_id = ?", levertFor(n == 20 ? 2900 : n == 21 ? 3000 : 2950), rutingLeder.id(), rutingLeder.navn(),
					sv(n));
		}
		// An answer older than 30 days (history is only added to, so it is written with its time).
		jdbc.update("INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, bruker_rolle, type, "
				+ "notat) SELECT id, now() - interval '31 days', ?, ?, 'HOD_SAKSBEHANDLER', 'KOMMENTAR', 'Gammel kommentar.' "
				+ "FROM oppdrag WHERE visnings_id = ?", saksbehandler.id(), saksbehandler.navn(), sv(13));
		// The divisions' answers to the ministry: a lead's comment, one marked exempt by a cleared lead, and one on
		// the wholly exempt assignment.
		brukere.create(new NyBruker("sv-leder-k2", "Sv Klarert Leder", "et-langt-passord", Rolle.HDIR_LEDER,
				divisjon.id(), true, null));
		brukere.create(new NyBruker("sv-sb-u", "Sv Uklarert", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				false, null));
		kommenter(sv(1), "Vi har allerede brukt 200 timer.", false, "sv-leder", "HDIR_LEDER");
		kommenter(sv(13), "Fortrolig svar fra divisjonen.", true, "sv-leder-k2", "HDIR_LEDER");
		kommenter(sv(14), "Lageret er tomt.", false, "sv-leder", "HDIR_LEDER");
	}

	static java.time.OffsetDateTime levertFor(int dager) {
		return LocalDate.now(Formats.OSLO).minusDays(dager).atTime(12, 0).atZone(Formats.OSLO).toOffsetDateTime();
	}

	static String sv(int n) {
		return "SV" + AAR + "-" + n;
	}

	void kommenter(String id, String tekst, boolean unntatt) throws Exception {
		kommenter(id, tekst, unntatt, "sv-sb", "HOD_SAKSBEHANDLER");
	}

	void kommenter(String id, String tekst, boolean unntatt, String bruker, String rolle) throws Exception {
		mvc.perform(post("/oppdrag/" + id + "/kommentar").param("kommentar", tekst)
			.param("unntatt", String.valueOf(unntatt)).with(user(bruker).roles(rolle)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	/** The section of the answers on the lead's start page. */
	String tilbakemeldinger(String bruker) throws Exception {
		String html = mvc.perform(get("/").with(user(bruker).roles("HDIR_LEDER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.substring(html.indexOf("Tilbakemeldinger fra departementet"), html.indexOf("Trenger oppdatering"));
	}

	/** The start page's link to an assignment, whose page leads back to the start page. */
	static String lenke(int n) {
		return "href=\"/oppdrag/" + sv(n) + "?liste=forside\"";
	}

	@Test
	void aLeadSeesWhatTheMinistryAnsweredNewestFirst() throws Exception {
		String svar = tilbakemeldinger("sv-leder");
		String idag = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK).format(LocalDate.now(Formats.OSLO));
		assertThat(svar).contains("de siste 30 dagene").contains("Viser de 10 nyeste av 13.")
			.contains(">" + sv(11) + " Svaroppdrag 11</a>")
			.contains("<span class=\"merkelapp\">Sendt tilbake</span>")
			.contains("av Sv Saksbehandler " + idag + " kl. ")
			.contains("Mangler kostnadsoverslag.")
			.contains("<span class=\"merkelapp\">Godkjent</span>").contains("Takk, godkjent.")
			.contains("<span class=\"merkelapp\">Kommentar</span>");
		// Newest first: the comments, the sending back, then the acceptances from the last one.
		List<Integer> rekkefolge = List.of(14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
		for (int i = 1; i < rekkefolge.size(); i++) {
			assertThat(svar.indexOf(lenke(rekkefolge.get(i - 1)))).as("%s før %s", rekkefolge.get(i - 1),
					rekkefolge.get(i))
				.isPositive()
				.isLessThan(svar.indexOf(lenke(rekkefolge.get(i))));
		}
		// Ten on the page, the rest one click away.
		String forste = svar.substring(svar.indexOf("<ul class=\"svar\">"), svar.indexOf("</ul>"));
		assertThat(forste.split("<li>", -1)).hasSize(10 + 1);
		String resten = svar.substring(svar.indexOf("<details class=\"svar-resten\">"), svar.indexOf("</details>"));
		assertThat(resten).contains("<summary>Vis 3 tilbakemeldinger til</summary>").contains(lenke(1), lenke(2),
				lenke(3));
		// The lead's own move and the answer older than 30 days are not answers of the last 30 days.
		assertThat(svar).doesNotContain(lenke(12), "Tar den tilbake.", "Gammel kommentar.");
	}

	@Test
	void anUnclearedLeadIsToldTheTextIsExemptAndSeesThePlaceholderTitle() throws Exception {
		String svar = tilbakemeldinger("sv-leder");
		assertThat(svar).contains(">" + sv(14) + " " + OppdragQueries.UNNTATT + "</a>")
			.contains(">" + sv(13) + " Svaroppdrag 13</a>")
			.contains("Kommentaren er unntatt offentlighet og vises bare for klarerte brukere.")
			.doesNotContain("Hemmelig lager", "Om lageret.", "Fortrolig merknad.");
		assertThat(svar.split("Kommentaren er unntatt offentlighet", -1)).hasSize(2 + 1);
	}

	@Test
	void aClearedViewerReadsTheExemptTextMarkedAsSuch() throws Exception {
		brukere.create(new NyBruker("sv-leder-klarert", "Sv Klarert", "et-langt-passord", Rolle.HDIR_LEDER,
				divisjon.id(), true, null));
		String svar = tilbakemeldinger("sv-leder-klarert");
		assertThat(svar).contains(">" + sv(14) + " Hemmelig lager</a>").contains("Om lageret.")
			.contains("Fortrolig merknad.</span> <span class=\"merkelapp\">Unntatt offentlighet</span>")
			.doesNotContain("vises bare for klarerte brukere");
	}

	@Test
	void anotherDivisionsLeadIsToldThereIsNothing() throws Exception {
		String svar = tilbakemeldinger("sv-annen");
		assertThat(svar).contains("Departementet har ikke godkjent, sendt tilbake, endret status på eller kommentert "
				+ "noen av divisjonens oppdrag de siste 30 dagene.")
			.doesNotContain("href=\"/oppdrag/SV", "<ul class=\"svar\">");
	}
	@Test
	void theMinistrysOtherChangesOfStatusAreToldWithTheReason() throws Exception {
		String svar = tilbakemeldinger("sv-ruting");
		assertThat(svar).contains("andre statusendringer departementet har gjort (for eksempel Utgår)");
		String utgaar = linje(svar, sv(16));
		assertThat(utgaar).contains(">" + sv(16) + " Rutet 16</a>")
			.contains("<span class=\"merkelapp\">Satt til Utgår</span>").contains("av Sv Saksbehandler ")
			.contains("Oppdraget trekkes, jf. revidert budsjett.");
		assertThat(linje(svar, sv(15))).contains("<span class=\"merkelapp\">Satt til Pågår</span>")
			.contains("av Sv Admin ");
		// Wholly exempt: the placeholder title, and the reason withheld from the uncleared lead.
		assertThat(linje(svar, sv(19))).contains(OppdragQueries.UNNTATT).contains("Satt til Utgår")
			.contains("En eventuell begrunnelse er unntatt offentlighet og vises bare for klarerte brukere.");
		assertThat(svar).doesNotContain("Hemmelig grunn.", "Hemmelig flytting");
		// The lead's own deliveries are no answers.
		assertThat(svar).doesNotContain(lenke(20), lenke(21));
	}

	@Test
	void aLeadSeesTheAssignmentsRoutedToTheDivisionLately() throws Exception {
		String rutet = nyligRutet("sv-ruting");
		assertThat(rutet).contains("Oppdrag som er rutet eller flyttet til divisjonen de siste 30 dagene");
		assertThat(linje(rutet, sv(15))).contains("<span class=\"merkelapp\">Pågår</span>")
			.contains("flyttet hit fra Divisjon uten svar av Sv Admin ");
		assertThat(linje(rutet, sv(16))).contains("<span class=\"merkelapp\">Utgår</span>")
			.contains("rutet hit av Sv Admin ");
		assertThat(linje(rutet, sv(19))).contains(OppdragQueries.UNNTATT).doesNotContain("Hemmelig flytting");
		// Newest first; the one moved away again is not the division's.
		assertThat(rutet.indexOf(lenke(15))).isPositive().isLessThan(rutet.indexOf(lenke(16)));
		assertThat(rutet).doesNotContain(lenke(17));
		assertThat(nyligRutet("sv-annen")).contains(lenke(17)).doesNotContain(lenke(15));
		// Ten on the page, the rest one click away.
		String mange = nyligRutet("sv-leder");
		assertThat(mange).contains("Viser de 10 nyeste av 14.").contains("<summary>Vis 4 oppdrag til</summary>");
		assertThat(nyligRutet("sv-tom")).contains("Ingen oppdrag er rutet til divisjonen de siste 30 dagene.")
			.doesNotContain("<ul class=\"rutet\">");
	}

	@Test
	void aDeskOfficerSeesTheDeliveriesWithDivisionDateAndWaitLongestWaitingFirst() throws Exception {
		String html = mvc.perform(get("/").with(user("sv-sb").roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String kort = html.substring(html.indexOf("Leveranser til godkjenning"), html.indexOf("Neste frister"));
		DateTimeFormatter dato = DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK);
		assertThat(kort).contains("Leveransen som har ventet lengst, står først.");
		assertThat(linje(kort, sv(21))).contains("Divisjon for ruting · levert "
				+ dato.format(LocalDate.now(Formats.OSLO).minusDays(3000)) + " · har ventet 3000 dager");
		assertThat(linje(kort, sv(20))).contains("Divisjon for ruting · levert "
				+ dato.format(LocalDate.now(Formats.OSLO).minusDays(2900)) + " · har ventet 2900 dager");
		assertThat(kort.indexOf(lenke(21))).isPositive().isLessThan(kort.indexOf(lenke(20)));
	}

	/**
	 * A cleared desk officer sees a wholly exempt delivery's title marked as in the assignment list; an uncleared one
	 * sees the placeholder and no mark, as before.
	 */
	@Test
	void aClearedDeskOfficerSeesAnExemptDeliveryMarkedAndAnUnclearedOneNoMark() throws Exception {
		String merke = ">Unntatt off.</span>";
		String klarert = tilGodkjenning("sv-sb");
		assertThat(linje(klarert, sv(22))).contains("Hemmelig leveranse", merke);
		assertThat(linje(klarert, sv(21))).doesNotContain(merke);
		String uklarert = tilGodkjenning("sv-sb-u");
		assertThat(linje(uklarert, sv(22))).contains(OppdragQueries.UNNTATT).doesNotContain("Hemmelig leveranse");
		assertThat(uklarert).doesNotContain(merke);
	}

	/** The start page's deliveries waiting for acceptance, as a desk officer sees them. */
	String tilGodkjenning(String bruker) throws Exception {
		String html = mvc.perform(get("/").with(user(bruker).roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.substring(html.indexOf("Leveranser til godkjenning"), html.indexOf("Neste frister"));
	}

	/** The section of the assignments routed to the division on the lead's start page. */
	String nyligRutet(String bruker) throws Exception {
		String html = mvc.perform(get("/").with(user(bruker).roles("HDIR_LEDER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.substring(html.indexOf("Nylig rutet til divisjonen"), html.indexOf("Nylig flyttet fra divisjonen"));
	}

	/** The section of the assignments moved away from the division on the lead's start page. */
	String nyligFlyttet(String bruker) throws Exception {
		String html = mvc.perform(get("/").with(user(bruker).roles("HDIR_LEDER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.substring(html.indexOf("Nylig flyttet fra divisjonen"), html.indexOf("forside-rutenett"));
	}

	@Test
	void aLeadIsToldWhichAssignmentsWereMovedAwayFromTheDivisionAndWhere() throws Exception {
		String flyttet = nyligFlyttet("sv-ruting");
		assertThat(flyttet).contains("Oppdrag som er flyttet fra divisjonen til en annen");
		assertThat(linje(flyttet, sv(17))).contains(">" + sv(17) + " Rutet 17</a>")
			.contains("flyttet til Divisjon uten svar av Sv Admin " + idag() + " kl. ");
		// Those still the division's are not listed.
		assertThat(flyttet).doesNotContain(lenke(15), lenke(16), lenke(19));
		// SV-15 left the other division for this one; SV-17 went there, back and there again, so it is its own.
		assertThat(linje(nyligFlyttet("sv-annen"), sv(15))).contains("flyttet til Divisjon for ruting av Sv Admin ");
		assertThat(nyligFlyttet("sv-annen")).doesNotContain(lenke(17));
		assertThat(nyligFlyttet("sv-tom")).contains("Ingen oppdrag er flyttet fra divisjonen de siste 30 dagene.")
			.doesNotContain("<ul class=\"rutet flyttet\">");
	}

	static String idag() {
		return DateTimeFormatter.ofPattern("d. MMMM yyyy", Formats.NORSK).format(LocalDate.now(Formats.OSLO));
	}

	/** The desk officer's section of the divisions' answers. */
	String divisjonssvar(String bruker) throws Exception {
		String html = mvc.perform(get("/").with(user(bruker).roles("HOD_SAKSBEHANDLER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<h2 id=\"divisjonssvar-tittel\">Svar fra divisjonene</h2>");
		return html.substring(html.indexOf("Svar fra divisjonene"), html.indexOf("forside-rutenett"));
	}

	@Test
	void anUnclearedDeskOfficerSeesTheLeadsCommentsButNoExemptText() throws Exception {
		String svar = divisjonssvar("sv-sb-u");
		assertThat(svar).contains("Kommentarer divisjonslederne har skrevet på oppdragene de siste 30 dagene");
		assertThat(linje(svar, sv(1))).contains(">" + sv(1) + " Svaroppdrag 1</a>")
			.contains("Divisjon for svar · av Sv Leder " + idag() + " kl. ")
			.contains("Vi har allerede brukt 200 timer.");
		assertThat(linje(svar, sv(14))).contains(">" + sv(14) + " " + OppdragQueries.UNNTATT + "</a>")
			.contains("Kommentaren er unntatt offentlighet og vises bare for klarerte brukere.");
		assertThat(linje(svar, sv(13))).contains("av Sv Klarert Leder ")
			.contains("Kommentaren er unntatt offentlighet og vises bare for klarerte brukere.");
		assertThat(svar).doesNotContain("Lageret er tomt.", "Fortrolig svar fra divisjonen.", "Hemmelig lager");
		// Newest first; the ministry's own comments are no answers from a division.
		assertThat(svar.indexOf(lenke(14))).isPositive().isLessThan(svar.indexOf(lenke(13)));
		assertThat(svar.indexOf(lenke(13))).isLessThan(svar.indexOf(lenke(1)));
		assertThat(svar).doesNotContain("Om lageret.", "Fortrolig merknad.", "Gammel kommentar.");
		// Nothing exempt is shown him, so nothing is marked: as before the cleared reader's marks were added.
		assertThat(svar).doesNotContain("class=\"merkelapp\"");
	}

	/**
	 * A wholly exempt assignment's title is marked as in «Neste frister» on the same page, and a comment on it is
	 * exempt content however the lead wrote it, so it is marked as a comment marked exempt is.
	 */
	@Test
	void aClearedDeskOfficerReadsTheLeadsExemptCommentsMarkedAsSuch() throws Exception {
		String svar = divisjonssvar("sv-sb");
		assertThat(linje(svar, sv(14))).contains(">" + sv(14) + " Hemmelig lager</a>")
			.contains(">Unntatt off.</span>")
			.contains("Lageret er tomt.</span> <span class=\"merkelapp\">Unntatt offentlighet</span>");
		assertThat(linje(svar, sv(1))).doesNotContain(">Unntatt off.</span>", "Unntatt offentlighet</span>");
		assertThat(linje(svar, sv(13))).contains(
				"Fortrolig svar fra divisjonen.</span> <span class=\"merkelapp\">Unntatt offentlighet</span>");
		assertThat(svar).doesNotContain("vises bare for klarerte brukere");
	}

	@Test
	void aLeadHasNoSectionOfTheDivisionsAnswers() throws Exception {
		String html = mvc.perform(get("/").with(user("sv-leder").roles("HDIR_LEDER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("Svar fra divisjonene");
		// The lead's own comments are no answers from the ministry either.
		assertThat(tilbakemeldinger("sv-leder")).doesNotContain("Vi har allerede brukt 200 timer.");
	}

	/** The list item of an assignment in a piece of the page. */
	static String linje(String html, String id) {
		int start = html.lastIndexOf("<li", html.indexOf("href=\"/oppdrag/" + id + "?liste=forside\""));
		assertThat(start).as(id).isNotNegative();
		return html.substring(start, html.indexOf("</li>", start));
	}
}
