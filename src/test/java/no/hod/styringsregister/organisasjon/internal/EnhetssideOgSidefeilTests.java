package no.hod.styringsregister.organisasjon.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Skjemaadresser;
import no.hod.styringsregister.testsupport.Testbrukere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A unit's page: an address that names no unit, or one that is not there, says which with the way back to the
 * organisation; the page names the division leads the register has, beside the description's leader.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnhetssideOgSidefeilTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final RequestPostProcessor LESER = user("enhetsside-leser").roles("HOD_SAKSBEHANDLER");

	private static final String ETAT = "Etat for enhetssidetestene";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping adresser;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	private Enhet medLeder;

	private Enhet utenLeder;

	private Enhet avdeling;

	@BeforeAll
	void organisasjon() throws Exception {
		Testbrukere.opprett(brukere, new NyBruker("enhetsside-leser", "Enhetsside Leser", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
		if (organisasjon.etatByName(ETAT).isEmpty()) {
			mvc.perform(post("/admin/organisasjon/etat").param("navn", ETAT).with(ADMIN).with(csrf()));
			long etat = organisasjon.etatByName(ETAT).orElseThrow().id();
			for (String navn : new String[] { "Divisjon enhetsside med ledere", "Divisjon enhetsside uten leder" }) {
				mvc.perform(post("/admin/organisasjon/divisjon").param("etatId", "" + etat).param("navn", navn)
					.with(ADMIN).with(csrf()));
			}
		}
		long etat = organisasjon.etatByName(ETAT).orElseThrow().id();
		medLeder = divisjon(etat, "Divisjon enhetsside med ledere");
		utenLeder = divisjon(etat, "Divisjon enhetsside uten leder");
		if (organisasjon.avdelinger(medLeder.id()).isEmpty()) {
			mvc.perform(post("/admin/organisasjon/avdeling").param("divisjonId", "" + medLeder.id())
				.param("navn", "Avdeling enhetsside").param("leder", "Åse Avdelingsdirektør")
				.param("lederTittel", "Avdelingsdirektør").with(ADMIN).with(csrf()));
		}
		avdeling = organisasjon.avdelinger(medLeder.id()).get(0);
		for (String[] leder : new String[][] { { "enhetsside-leder-b", "Birk Enhetsleder" },
				{ "enhetsside-leder-a", "Ada Enhetsleder" } }) {
			Testbrukere.opprett(brukere, new NyBruker(leder[0], leder[1], "passord-passord-1", Rolle.HDIR_LEDER,
					medLeder.id(), false, "skjult-" + leder[0] + "@example.org"));
		}
	}

	private Enhet divisjon(long etat, String navn) {
		return organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals(navn)).findFirst().orElseThrow();
	}

	@Test
	void anAddressThatNamesNoUnitSaysSoWithTheWayBack() throws Exception {
		String side = side("/organisasjon/enhet/abc", 400);
		assertThat(side).contains("<h1>Ugyldig valg</h1>", "«abc» er ikke et gyldig enhetsnummer.",
				"<a href=\"/organisasjon\">Tilbake til organisasjonen</a>")
			.doesNotContain("Sjekk det du fylte inn", "Exception");
		assertThat(side("/organisasjon?alle=kanskje", 400)).contains("«kanskje» er ikke en gyldig verdi for «alle».",
				"<a href=\"/organisasjon\">Tilbake til organisasjonen</a>");
	}

	@Test
	void aUnitThatIsNotThereIsNamedWithTheWayBack() throws Exception {
		String side = side("/organisasjon/enhet/987654321", 404);
		assertThat(side).contains("<h1>Fant ikke enheten</h1>", "Fant ingen enhet med nummer 987654321.",
				"<a href=\"/organisasjon\">Tilbake til organisasjonen</a>")
			.doesNotContain("Fant ikke siden", "Til forsiden", "Exception");
	}

	/** The admin's form of a unit says the same, not the general «Ugyldig forespørsel» or «Fant ikke siden». */
	@Test
	void theAdminsUnitFormSaysWhichUnitIsNotThereWithTheWayBack() throws Exception {
		for (String adresse : new String[] { "/admin/organisasjon/enhet/abc", "/admin/organisasjon/enhet/987654321" }) {
			MvcResult svar = mvc.perform(get(adresse).with(ADMIN)).andReturn();
			String side = svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (adresse.endsWith("abc")) {
				assertThat(svar.getResponse().getStatus()).isEqualTo(400);
				assertThat(side).contains("<h1>Ugyldig valg</h1>", "«abc» er ikke et gyldig enhetsnummer.");
			}
			else {
				assertThat(svar.getResponse().getStatus()).isEqualTo(404);
				assertThat(side).contains("<h1>Fant ikke enheten</h1>", "Fant ingen enhet med nummer 987654321.");
			}
			assertThat(side).as(adresse).contains("<a href=\"/organisasjon\">Tilbake til organisasjonen</a>")
				.doesNotContain("Fant ikke siden", "Sjekk det du fylte inn", "Exception");
		}
		// Its forms too: a unit gone while the page was open.
		MvcResult deaktiver = mvc.perform(post("/admin/organisasjon/enhet/987654321/aktiv").param("aktiv", "false")
			.with(ADMIN).with(csrf())).andReturn();
		assertThat(deaktiver.getResponse().getStatus()).isEqualTo(404);
		assertThat(deaktiver.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Fant ingen enhet med nummer 987654321.");
	}

	/** The organisation's addresses that only a form posts to answer as every form's address does (405). */
	@Test
	void aFormsAddressOpenedDirectlyAnswersThatItCannotBeOpened() throws Exception {
		List<String> skjemaadresser = Skjemaadresser.postAlene(adresser, "/admin/organisasjon/");
		assertThat(skjemaadresser).contains("/admin/organisasjon/etat", "/admin/organisasjon/enhet/1/flytt",
				"/admin/organisasjon/departementsavdelinger/1");
		for (String sti : skjemaadresser) {
			assertThat(mvc.perform(get(sti).with(ADMIN)).andReturn().getResponse().getStatus()).as(sti).isEqualTo(405);
		}
	}

	@Test
	void theUnitPageNamesTheDivisionLeadsOfTheRegisterByNameOnly() throws Exception {
		String side = side("/organisasjon/enhet/" + medLeder.id(), 200);
		assertThat(side).contains("<dt>Divisjonsledere i registeret</dt>", "<dd>Ada Enhetsleder, Birk Enhetsleder</dd>")
			.doesNotContain("Ingen leder registrert", "skjult-enhetsside-leder", "Leder i organisasjonsbeskrivelsen");
		// A department's page: the description's leader, named as such, and the division's leads, who get its work.
		assertThat(side("/organisasjon/enhet/" + avdeling.id(), 200)).contains(
				"<dt>Leder i organisasjonsbeskrivelsen</dt>", "<dd>Avdelingsdirektør: Åse Avdelingsdirektør</dd>",
				"<dd>Ada Enhetsleder, Birk Enhetsleder</dd>");
		assertThat(side("/organisasjon/enhet/" + utenLeder.id(), 200))
			.contains("Ingen: ingen aktiv bruker er divisjonsleder for divisjonen.")
			.doesNotContain("Enhetsleder");
	}

	private String side(String adresse, int status) throws Exception {
		MvcResult svar = mvc.perform(get(adresse).with(LESER)).andReturn();
		assertThat(svar.getResponse().getStatus()).as(adresse).isEqualTo(status);
		return svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
