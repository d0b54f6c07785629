package no.hod.styringsregister.oppdrag.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.leder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * At year end an admin may end, rather than carry over, open assignments the next year's letter does not continue:
 * those ticked get status Utgår with one shared reason and no copy, in the same run as the copies; a tick without a
 * reason, of anything else, or of one changed since the page showed it writes nothing. An agency and users of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ArsskifteAvslutningTests {

	private static final RequestPostProcessor ORGANISASJON = user("admin").roles("ADMIN");

	/** Cleared: ending a wholly exempt assignment instead of carrying it over is a decision on what it says. */
	private static final RequestPostProcessor ADMIN = user("arsskifte-klarert-admin").roles("ADMIN");

	private static final RequestPostProcessor UKLARERT_ADMIN = user("arsskifte-admin").roles("ADMIN");

	private static final RequestPostProcessor SAKSBEHANDLER = user("arsskifte-saksbehandler")
		.roles("HOD_SAKSBEHANDLER");

	@Autowired
	MockMvc mvc;

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragArbeidsflyt flyt;

	@Autowired
	OppdragLeser leser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	int aar;

	long etat;

	Enhet divisjon;

	String grunn;

	@BeforeEach
	void toBrev() throws Exception {
		aar = OppdragTestdata.nyttAar();
		grunn = "Ikke videreført i tildelingsbrevet for " + (aar + 1) + ".";
		String etatNavn = "Avslutningsetaten " + aar;
		mvc.perform(post("/admin/organisasjon/etat").with(ORGANISASJON).with(csrf()).param("navn", etatNavn))
			.andExpect(status().is3xxRedirection());
		etat = organisasjon.etatByName(etatNavn).orElseThrow().id();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ORGANISASJON).with(csrf())
			.param("etatId", String.valueOf(etat)).param("navn", "Divisjon avslutning"))
			.andExpect(status().is3xxRedirection());
		divisjon = organisasjon.divisjoner(etat).get(0);
		Testbrukere.opprett(brukere, new NyBruker("arsskifte-admin", "Arsskifte Uklarert", "passord-passord-1",
				Rolle.ADMIN, null, false, null));
		Testbrukere.opprett(brukere, new NyBruker("arsskifte-klarert-admin", "Arsskifte Admin", "passord-passord-1",
				Rolle.ADMIN, null, true, null));
		Testbrukere.opprett(brukere, new NyBruker("arsskifte-saksbehandler", "Arsskifte Saksbehandler",
				"passord-passord-1", Rolle.HOD_SAKSBEHANDLER, null, true, null));

		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		// The next letter continues TB-10 only.
		int neste = aar + 1;
		oppdragImport.apply(OppdragTestdata.nyttBrev(), neste, etat, List.of(new OppdragData("TB" + neste + "-1",
				"3.1", "Bedre folkehelse", List.of("FHA"), "Rusforebygging videre",
				List.of(new Tekstdel("Arbeidet fortsetter.", false)), List.of(LocalDate.of(neste, 6, 30)),
				"30. juni " + neste, Unntak.NONE, List.of(tb(10)), List.of())));
		flyt.rute(List.of(tb(1), tb(2)), divisjon.id(), null, admin());
	}

	@Test
	void tickedAssignmentsEndAsUtgaarWithTheReasonAndNoCopyWhileTheRestIsCopied() throws Exception {
		LocalDate forventet = LocalDate.now(Formats.OSLO).plusMonths(3);
		flyt.endreStatus(tb(2), new StatusEndring(OppdragStatus.FORSINKET, null, forventet, "Venter på data",
				versjon(tb(2))), leder(divisjon.id()));

		String side = side(mvc.perform(post("/oppdrag/videreforing").with(ADMIN).with(csrf())
			.param("aar", String.valueOf(aar))).andExpect(status().isOk()));
		// Every one to copy has its box, none ticked; the reason comes suggested.
		String kopieres = OppdragWebTests.liste(side, "videreforing-kopieres");
		assertThat(kopieres).contains("Avsluttes i stedet for å videreføres", "value=\"" + valg(tb(2)) + "\"")
			.doesNotContain("checked");
		assertThat(kopieres.split("name=\"avsluttes\"", -1)).hasSize(5);
		assertThat(OppdragWebTests.liste(side, "videreforing-fortsatt")).doesNotContain("name=\"avsluttes\"");
		assertThat(side).contains(">" + grunn + "</textarea>");

		// An uncleared admin may not end the wholly exempt TB-3: the page again with why, and nothing written.
		String nektet = side(mvc.perform(bekreft(UKLARERT_ADMIN, valg(tb(2)), valg(tb(3))).param("grunn", grunn))
			.andExpect(status().isBadRequest()));
		assertThat(nektet).contains("Oppdrag " + tb(3) + " er unntatt offentlighet i sin helhet (offl. § 22). Bare en "
				+ "administrator med klarering kan avslutte det i stedet for å videreføre det. Ingenting er lagret.");
		assertThat(leser.detalj(tb(2), klarert()).orElseThrow().oppdrag().status()).isEqualTo(OppdragStatus.FORSINKET);
		assertThat(oppdragNesteAar()).isEqualTo(1);

		mvc.perform(bekreft(valg(tb(2)), valg(tb(3))).param("grunn", grunn))
			.andExpect(redirectedUrl("/oppdrag?year=" + (aar + 1)))
			.andExpect(flash().attribute("melding", "2 uferdige oppdrag fra " + aar + " er kopiert til " + (aar + 1)
					+ " som Videreført. 1 var allerede videreført i tildelingsbrevet for " + (aar + 1)
					+ " og er koblet til oppdraget der i stedet for å kopieres. 2 er avsluttet med status Utgår og "
					+ "den oppgitte begrunnelsen, i stedet for å videreføres."));

		for (String id : List.of(tb(2), tb(3))) {
			OppdragDetalj avsluttet = leser.detalj(id, klarert()).orElseThrow();
			assertThat(avsluttet.oppdrag().status()).as(id).isEqualTo(OppdragStatus.UTGAAR);
			assertThat(avsluttet.statusGrunn()).as(id).isEqualTo(grunn);
			assertThat(avsluttet.oppdrag().forventetDato()).as(id).isNull();
			assertThat(avsluttet.videreforing()).as(id).isEmpty();
			assertThat(kopier(id)).as(id).isZero();
		}
		List<OppdragDetalj.Hendelse> historikk = leser.detalj(tb(2), klarert()).orElseThrow().historikk();
		assertThat(historikk).filteredOn(h -> "status".equals(h.felt())).first().satisfies(h -> {
			assertThat(h.type()).isEqualTo("STATUS");
			assertThat(h.fra()).isEqualTo("FORSINKET");
			assertThat(h.til()).isEqualTo("UTGAAR");
			assertThat(h.notat()).isEqualTo(grunn);
			assertThat(h.hvem()).isEqualTo("Arsskifte Admin");
		});
		assertThat(historikk).filteredOn(h -> "forventet_dato".equals(h.felt())).first()
			.satisfies(h -> assertThat(h.til()).isNull());
		assertThat(historikk).noneMatch(h -> "VIDEREFORT".equals(h.type()));

		// The unticked ones are copied as before; the one the letter continues is linked.
		for (String id : List.of(tb(1), kompetanse())) {
			assertThat(kopier(id)).as(id).isEqualTo(1);
		}
		assertThat(leser.detalj(tb(10), klarert()).orElseThrow().videreforing()).extracting(r -> r.id())
			.containsExactly("TB" + (aar + 1) + "-1");

		// Pressed twice: nothing copied, ended or written again.
		mvc.perform(bekreft(valg(tb(2)), valg(tb(3))).param("grunn", grunn))
			.andExpect(redirectedUrl("/oppdrag?year=" + (aar + 1)))
			.andExpect(flash().attribute("melding", "Ingen uferdige oppdrag fra " + aar + " var igjen å videreføre."));
		assertThat(leser.detalj(tb(2), klarert()).orElseThrow().historikk())
			.filteredOn(h -> "status".equals(h.felt()) && "UTGAAR".equals(h.til())).hasSize(1);
		assertThat(oppdragNesteAar()).isEqualTo(3);
	}

	@Test
	void aTickWithoutAReasonIsRefusedAndNothingIsWritten() throws Exception {
		long versjon = versjon(tb(2));

		String side = mvc.perform(bekreft(valg(tb(2))).param("grunn", "  "))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("Skriv en begrunnelse for oppdragene som avsluttes i stedet for å videreføres.")
			.doesNotContain("Exception");
		// The page again, the tick kept and the reason field marked.
		assertThat(OppdragWebTests.liste(side, "videreforing-kopieres"))
			.containsPattern("value=\"" + valg(tb(2)) + "\"\\s+checked");
		assertThat(side).containsPattern("id=\"grunn\"[^>]*aria-invalid=\"true\"");
		mvc.perform(bekreft(valg(tb(2)))).andExpect(status().isBadRequest());

		assertThat(versjon(tb(2))).isEqualTo(versjon);
		ingentingSkrevet();
	}

	@Test
	void aTickOfAnythingButAnAssignmentToCopyIsRefusedAndNothingIsWritten() throws Exception {
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, null, null, null, versjon(tb(1))),
				leder(divisjon.id()));
		List<String> utenfor = List.of(
				// The next letter continues it.
				valg(tb(10)),
				// Delivered before the page was read: not carried over at all.
				valg(tb(1)),
				// Another year's.
				valg("TB" + (aar + 1) + "-1"));
		for (String valg : utenfor) {
			String side = mvc.perform(bekreft(valg(tb(2)), valg).param("grunn", grunn))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(side).as(valg).contains("er ikke blant de uferdige oppdragene fra " + aar
					+ " som får en kopi, og kan ikke avsluttes her. Ingenting er lagret.");
		}
		mvc.perform(bekreft(valg(tb(2)), "999999999:1").param("grunn", grunn))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Et av oppdragene du krysset av, er ikke blant"));
		mvc.perform(bekreft(valg(tb(2)), "TB" + aar + "-2").param("grunn", grunn))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Valget av oppdrag som skal avsluttes, kunne ikke leses."));
		// Only admins, with ticks as without.
		mvc.perform(bekreft(valg(tb(2))).with(SAKSBEHANDLER).param("grunn", grunn)).andExpect(status().isForbidden());

		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().oppdrag().status()).isEqualTo(OppdragStatus.LEVERT);
		ingentingSkrevet();
	}

	@Test
	void anAssignmentChangedAfterThePageShowedItIsNotOverwritten() throws Exception {
		String levert = valg(tb(1));
		String notert = valg(tb(2));
		// While the confirm page is open, the lead delivers one and writes a note on the other.
		flyt.endreStatus(tb(1), new StatusEndring(OppdragStatus.LEVERT, null, null, null, versjon(tb(1))),
				leder(divisjon.id()));
		flyt.endreStatus(tb(2), new StatusEndring(null, "Arbeidet er godt i gang", null, null, versjon(tb(2))),
				leder(divisjon.id()));

		String side = mvc.perform(bekreft(levert, valg(tb(3))).param("grunn", grunn))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("Oppdrag " + tb(1) + " er endret av Divisjon Leder ",
				"etter at du åpnet årsskiftet, og status er nå «Levert». Ingenting er lagret.");
		// Shown as it is now: the delivered one is no longer to copy, the still valid tick is kept.
		assertThat(OppdragWebTests.liste(side, "videreforing-kopieres")).doesNotContain(levert)
			.containsPattern("value=\"" + valg(tb(3)) + "\"\\s+checked");
		assertThat(leser.detalj(tb(1), klarert()).orElseThrow().oppdrag().status()).isEqualTo(OppdragStatus.LEVERT);

		mvc.perform(bekreft(notert).param("grunn", grunn)).andExpect(status().isConflict())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("Oppdrag " + tb(2) + " er endret av Divisjon Leder ", "status er nå «Ikke startet»"));
		assertThat(leser.detalj(tb(2), klarert()).orElseThrow().oppdrag().status())
			.isEqualTo(OppdragStatus.IKKE_STARTET);
		ingentingSkrevet();
	}

	/**
	 * A year the list would refuse is no year to carry over from: «-1» showed a plan «fra −1» and, confirmed,
	 * «succeeded» and led to a list of year 0, an error. Refused with the list's rule, shown or confirmed; 9999 too, as
	 * its next year has five digits. Still only for admins.
	 */
	@Test
	void aYearTheListWouldRefuseIsRefusedShownOrConfirmed() throws Exception {
		for (String ugyldig : List.of("-1", "0", "999", "99999")) {
			String melding = "Ugyldig år «" + ugyldig + "». Skriv året med fire sifre, for eksempel 2025.";
			assertThat(side(mvc.perform(post("/oppdrag/videreforing").with(ADMIN).with(csrf()).param("aar", ugyldig))
				.andExpect(status().isBadRequest()))).as(ugyldig).contains(melding).doesNotContain("Viderefør oppdrag fra");
			assertThat(side(mvc.perform(post("/oppdrag/videreforing").with(ADMIN).with(csrf()).param("aar", ugyldig)
				.param("bekreftet", "true")).andExpect(status().isBadRequest()))).as(ugyldig).contains(melding);
		}
		assertThat(side(mvc.perform(post("/oppdrag/videreforing").with(ADMIN).with(csrf()).param("aar", "9999")
			.param("bekreftet", "true")).andExpect(status().isBadRequest())))
			.contains("Oppdrag fra 9999 kan ikke videreføres: året etter har ikke fire sifre.");
		mvc.perform(post("/oppdrag/videreforing").with(SAKSBEHANDLER).with(csrf()).param("aar", "-1")
			.param("bekreftet", "true")).andExpect(status().isForbidden());
		// The year itself is still carried over as before.
		mvc.perform(bekreft()).andExpect(redirectedUrl("/oppdrag?year=" + (aar + 1)));
	}

	/** The year's copies and links are not made, and nothing of the year is Utgår. */
	private void ingentingSkrevet() {
		assertThat(oppdragNesteAar()).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.etat_id = ? AND (h.type = 'VIDEREFORT' OR h.til = 'UTGAAR')""", Integer.class, etat)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM oppdrag WHERE etat_id = ? AND status = 'UTGAAR'",
				Integer.class, etat)).isZero();
	}

	private MockHttpServletRequestBuilder bekreft(String... avsluttes) {
		return bekreft(ADMIN, avsluttes);
	}

	private MockHttpServletRequestBuilder bekreft(RequestPostProcessor admin, String... avsluttes) {
		return post("/oppdrag/videreforing").with(admin).with(csrf()).param("aar", String.valueOf(aar))
			.param("bekreftet", "true").param("avsluttes", avsluttes);
	}

	private static String side(ResultActions svar) throws Exception {
		return svar.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The confirm form's value for ending the assignment as it is now. */
	private String valg(String id) {
		return jdbc.queryForObject("SELECT id || ':' || versjon FROM oppdrag WHERE etat_id = ? AND visnings_id = ?",
				String.class, etat, id);
	}

	private long versjon(String id) {
		return jdbc.queryForObject("SELECT versjon FROM oppdrag WHERE etat_id = ? AND visnings_id = ?", Long.class,
				etat, id);
	}

	private int kopier(String id) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM oppdrag c JOIN oppdrag o ON o.id = c.opphav_id
				WHERE o.etat_id = ? AND o.visnings_id = ? AND c.brev_id IS NULL""", Integer.class, etat, id);
	}

	private int oppdragNesteAar() {
		return jdbc.queryForObject("SELECT count(*) FROM oppdrag WHERE etat_id = ? AND aar = ?", Integer.class, etat,
				aar + 1);
	}

	private String tb(int n) {
		return "TB" + aar + "-" + n;
	}

	/** «Kompetanseløft i kommunene» has no official id: its key is its shown id. */
	private String kompetanse() {
		return jdbc.queryForObject("SELECT visnings_id FROM oppdrag WHERE etat_id = ? AND aar = ? AND tittel = ?",
				String.class, etat, aar, "Kompetanseløft i kommunene");
	}
}
