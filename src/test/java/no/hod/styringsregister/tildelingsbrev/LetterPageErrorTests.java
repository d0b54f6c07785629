package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.testsupport.Testbrukere;

import static no.hod.styringsregister.tildelingsbrev.Brevsteg.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An unknown letter and a refused original file: the reason, a way back, and the page's header and menu; and the name
 * the original goes by to a user cleared for it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LetterPageErrorTests {

	private static final String LESER = "brev-leser";

	private static final String KLARERT = "brev-klarert-leser";

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@BeforeEach
	void saksbehandlereMedOgUtenKlarering() {
		Testbrukere.opprett(brukere, new NyBruker(LESER, "Lese Leser", "passord-passord-1", Rolle.HOD_SAKSBEHANDLER,
				null, false, null));
		Testbrukere.opprett(brukere, new NyBruker(KLARERT, "Klarert Leser", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, true, null));
	}

	@Test
	void aLetterToAnAgencyTheRegisterLacksLeadsToWhereAgenciesAreAdded() throws Exception {
		String brev = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt")
			.replace("Helsedirektoratet", "Ukjentdirektoratet");
		MvcResult svar = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil",
				"ukjent.txt", "text/plain", brev.getBytes(StandardCharsets.UTF_8))).with(ADMIN).with(csrf())).andReturn();
		assertThat(svar.getResponse().getRedirectedUrl()).isEqualTo("/tildelingsbrev");
		String side = mvc.perform(get("/tildelingsbrev").with(ADMIN).cookie(svar.getResponse().getCookies())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String melding = "Brevet gjelder «Ukjentdirektoratet», som ikke finnes i etatsregisteret. Legg til etaten først.";
		// In the upload form, with the way to the form that adds an agency; said once.
		assertThat(side).contains(melding + " <a href=\"/admin/organisasjon#ny-etat\">Gå til Administrer "
				+ "organisasjonen</a>");
		assertThat(side.split(melding, -1)).hasSize(2);
		assertThat(side.indexOf(melding)).isGreaterThan(side.indexOf("<form action=\"/tildelingsbrev/import\""));
		// The page it leads to has that form.
		assertThat(Brevsteg.side(mvc, "/admin/organisasjon", ADMIN)).contains("<form id=\"ny-etat\"");
	}

	/**
	 * An empty file is answered as on the instruction and organisation uploads: a 400 with the form again, the file
	 * named and what to choose told at the field, in the same words as the API.
	 */
	@Test
	void anEmptyFileIsTheFormAgainWithA400NamingTheFile() throws Exception {
		MvcResult svar = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil", "empty.pdf",
				"application/pdf", new byte[0])).with(ADMIN).with(csrf())).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(400);
		String side = svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("<p class=\"feltfeil\" id=\"fil-feil\">Filen «empty.pdf» er tom. Velg filen med "
				+ "tildelingsbrevet.</p>");
		assertThat(side).contains("<form id=\"brev-import\" action=\"/tildelingsbrev/import\"");
	}

	@Test
	void anUnknownLetterSaysSoWithALinkBackInsideTheLayout() throws Exception {
		MvcResult svar = mvc.perform(get("/tildelingsbrev/987654").with(user(LESER))).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(404);
		String side = svar.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(side).contains("Fant ikke tildelingsbrev 987654.", "href=\"/tildelingsbrev\"",
				"Tilbake til tildelingsbrevene")
			// The header as on every page: the user's name, the menu and «Logg ut».
			.contains("<span class=\"bruker-navn\">Lese Leser</span>", "aria-label=\"Hovedmeny\"", "Logg ut");
	}

	@Test
	void anAddressThatNamesNoLetterSaysSoWithTheWayBackNotToCheckWhatWasFilledIn() throws Exception {
		String[][] saker = { { "/tildelingsbrev/abc", "«abc» er ikke et gyldig nummer på et tildelingsbrev." },
				{ "/tildelingsbrev/abc/fil", "«abc» er ikke et gyldig nummer på et tildelingsbrev." },
				{ "/tildelingsbrev/import/abc", "«abc» er ikke adressen til en påbegynt import." } };
		for (String[] sak : saker) {
			MvcResult svar = mvc.perform(get(sak[0]).with(sak[0].contains("import") ? ADMIN : user(LESER))).andReturn();
			assertThat(svar.getResponse().getStatus()).as(sak[0]).isEqualTo(400);
			assertThat(svar.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(sak[0])
				.contains("<h1>Ugyldig valg</h1>", sak[1],
						"<a href=\"/tildelingsbrev\">Tilbake til tildelingsbrevene</a>")
				.doesNotContain("Sjekk det du fylte inn", "Exception");
		}
	}

	@Test
	void theOriginalFileIsRefusedAnUnclearedUserWithTheReason() throws Exception {
		// The 2020 letter, which other tests import too (the import is idempotent).
		String utkast = mvc.perform(multipart("/tildelingsbrev/import").file(new MockMultipartFile("fil",
				"tildelingsbrev-2020.txt", "text/plain", TestDocuments.seed("tildelingsbrev-helsedirektoratet-2020.txt")
					.getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String brev = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(brev).matches("/tildelingsbrev/\\d+");

		MvcResult svar = mvc.perform(get(brev + "/fil").with(user(LESER))).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(403);
		assertThat(svar.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Originalfilen kan inneholde tekst unntatt offentlighet", "Tilbake til tildelingsbrevene");

		// A cleared user gets it, named as it was uploaded: the 2020 letter has no exempt part the register knows of.
		MvcResult klarert = mvc.perform(get(brev + "/fil").with(user(KLARERT))).andReturn();
		assertThat(klarert.getResponse().getStatus()).isEqualTo(200);
		assertThat(ContentDisposition.parse(klarert.getResponse().getHeader("Content-Disposition")).getFilename())
			.endsWith(".txt").doesNotContain("unntatt");
	}

	/**
	 * The original of a letter with exempt parts shows them in full, so its name says so, before the extension, for
	 * whoever sees the file in a folder or attached to an e-mail.
	 */
	@Test
	void theOriginalOfALetterWithExemptPartsSaysSoInItsName() throws Exception {
		// The 2025 letter (Vedlegg IV, exempt assignments) as the letter of a year no other test's letter has.
		String utkast = Brevsteg.lastOpp(mvc, Brevsteg.brev2025Som(2091), ADMIN);
		String brev = mvc.perform(post(utkast + "/bekreft").with(ADMIN).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(brev).matches("/tildelingsbrev/\\d+");
		MvcResult svar = mvc.perform(get(brev + "/fil").with(user(KLARERT))).andReturn();
		assertThat(svar.getResponse().getStatus()).isEqualTo(200);
		assertThat(ContentDisposition.parse(svar.getResponse().getHeader("Content-Disposition")).getFilename())
			.isEqualTo("tildelingsbrev-unntatt-offentlighet.txt");
		assertThat(svar.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Unntatt offentlighet");
	}
}
