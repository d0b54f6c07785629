package no.hod.styringsregister.tildelingsbrev;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON contract of the letter import, on real files and a real database. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "styringsregister.import.max-file-size=3MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterImportApiTests {

	private static final String LETTER_2025 = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void users() {
		brukere.create(new BrukerService.NyBruker("admin-klarert", "Admin Klarert", "et-langt-passord", Rolle.ADMIN, null,
				true, null));
		brukere.create(new BrukerService.NyBruker("admin-uklarert", "Admin Uklarert", "et-langt-passord", Rolle.ADMIN,
				null, false, null));
		brukere.create(new BrukerService.NyBruker("sb-import", "Sb", "et-langt-passord", Rolle.HOD_SAKSBEHANDLER, null,
				true, null));
	}

	private static RequestPostProcessor cleared() {
		return user("admin-klarert").roles("ADMIN");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private long letters() {
		return jdbc.sql("SELECT count(*) FROM tildelingsbrev").query(Long.class).single();
	}

	@Test
	void previewReadsTheLetterFromTextPdfAndWordAndWritesNothing() throws Exception {
		long before = letters();
		for (MockMultipartFile file : new MockMultipartFile[] {
				file("brev.txt", LETTER_2025.getBytes(StandardCharsets.UTF_8)),
				file("brev.pdf", TestDocuments.pdf(LETTER_2025)), file("brev.docx", TestDocuments.docx(LETTER_2025)) }) {
			mvc.perform(multipart("/api/tildelingsbrev/preview").file(file).with(cleared()).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.year").value(2025))
				.andExpect(jsonPath("$.agency").value("Helsedirektoratet"))
				.andExpect(jsonPath("$.assignments.length()").value(72))
				.andExpect(jsonPath("$.assignments[0].id").value("TB2025-1"))
				.andExpect(jsonPath("$.assignments[71].id").value("TB2025-72"))
				.andExpect(jsonPath("$.goals[0].number").value("3.1"))
				.andExpect(jsonPath("$.budgetLines[0].chapter").value(701))
				.andExpect(jsonPath("$.budgetLines[0].kind").value("EXPENSE"))
				.andExpect(jsonPath("$.calendar[0].date").value("2025-01-31"))
				.andExpect(jsonPath("$.assignments[?(@.id == 'TB2025-34')].exemptFromPublic").value(hasItem(true)));
		}
		assertThat(letters()).isEqualTo(before);
	}

	@Test
	void previewHidesExemptTextFromAnAdminWithoutClearance() throws Exception {
		byte[] full = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt").getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/tildelingsbrev/preview").file(file("full.txt", full)).with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Blåbærsuppe")))
			.andExpect(content().string(containsString("Tyttebærsyltetøy")));
		mvc.perform(multipart("/api/tildelingsbrev/preview").file(file("full.txt", full))
			.with(user("admin-uklarert").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Blåbærsuppe"))))
			.andExpect(content().string(not(containsString("Tyttebærsyltetøy"))))
			.andExpect(content().string(containsString("Unntatt offentlighet, jf. offl. § 22")))
			// TB2026-4, exempt in whole: its deadline dates, public as in the register, and not its title.
			.andExpect(jsonPath("$.assignments[?(@.id == 'TB2026-4')].deadlines[*]").value(contains("2026-05-15")))
			.andExpect(jsonPath("$.assignments[?(@.id == 'TB2026-4')].title")
				.value(contains("Unntatt offentlighet, jf. offl. § 22")));
	}

	@Test
	void importThenTheIdenticalLetterChangesNothingAndACorrectedOneOnlyTheDifference() throws Exception {
		byte[] original = TestDocuments.seed("tildelingsbrev-helsedirektoratet-2020.txt").getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/tildelingsbrev").file(file("tb2020.txt", original)).with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2020))
			.andExpect(jsonPath("$.agency").value("Helsedirektoratet"))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.removed").value(0));
		long oppdrag2020 = jdbc.sql("SELECT count(*) FROM oppdrag WHERE aar = 2020").query(Long.class).single();
		assertThat(oppdrag2020).isEqualTo(110);

		mvc.perform(multipart("/api/tildelingsbrev").file(file("tb2020-igjen.txt", original)).with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.removed").value(0));

		String text = new String(original, StandardCharsets.UTF_8);
		// Assignments of 2020 have no official id: they are recognised by area and title, so change a deadline.
		String corrected = text.replace("innen 1.6.2020", "innen 1.7.2020");
		assertThat(corrected).isNotEqualTo(text);
		mvc.perform(multipart("/api/tildelingsbrev").file(file("tb2020-rettet.txt", corrected.getBytes(StandardCharsets.UTF_8)))
			.with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.removed").value(0))
			.andExpect(jsonPath("$.added").value(0));
		assertThat(jdbc.sql("SELECT count(*) FROM tildelingsbrev WHERE aar = 2020").query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE aar = 2020").query(Long.class).single()).isEqualTo(110);
	}

	@Test
	void aCorrectedLetterWithOfficialIdsChangesOnlyTheAssignmentsThatDiffer() throws Exception {
		String letter = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt");
		mvc.perform(multipart("/api/tildelingsbrev").file(file("tb2026.txt", letter.getBytes(StandardCharsets.UTF_8)))
			.with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.removed").value(0));
		String firstTitle = jdbc.sql("SELECT tittel FROM oppdrag WHERE offisiell_id = 'TB2026-1'").query(String.class)
			.single();
		String corrected = letter.replace(firstTitle, firstTitle + " (revidert)");
		assertThat(corrected).isNotEqualTo(letter);
		mvc.perform(multipart("/api/tildelingsbrev").file(file("tb2026-rettet.txt", corrected.getBytes(StandardCharsets.UTF_8)))
			.with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.removed").value(0));
		assertThat(jdbc.sql("SELECT tittel FROM oppdrag WHERE offisiell_id = 'TB2026-1'").query(String.class).single())
			.endsWith("(revidert)");
	}

	@Test
	void aSupplementaryLetterAddsToTheYearsAssignmentsAndIsItsOwnLetter() throws Exception {
		// A year of its own, so the counts below are this test's alone.
		String main = TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt").replace("2026", "2034");
		String supplementary = main.replace("Tildelingsbrev til Helsedirektoratet for 2034",
				"Supplerende tildelingsbrev nr. 1 til Helsedirektoratet for 2034").replace("TB2034-", "TTB2034-");
		mvc.perform(multipart("/api/tildelingsbrev/preview")
			.file(file("supplerende.txt", supplementary.getBytes(StandardCharsets.UTF_8))).with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2034))
			.andExpect(jsonPath("$.assignments[0].id").value("TTB2034-1"));
		mvc.perform(multipart("/api/tildelingsbrev").file(file("tb2034.txt", main.getBytes(StandardCharsets.UTF_8)))
			.with(cleared()).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/tildelingsbrev")
			.file(file("supplerende.txt", supplementary.getBytes(StandardCharsets.UTF_8))).with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removed").value(0));
		mvc.perform(multipart("/api/tildelingsbrev")
			.file(file("supplerende-igjen.txt", supplementary.getBytes(StandardCharsets.UTF_8))).with(cleared()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.changed").value(0));
		assertThat(jdbc.sql("SELECT type FROM tildelingsbrev WHERE aar = 2034 ORDER BY id").query(String.class).list())
			.containsExactly("MAIN", "SUPPLEMENTARY");
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE aar = 2034").query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("SELECT count(*) FROM oppdrag WHERE offisiell_id LIKE 'TTB2034-%'").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void badInputGetsANorwegianMessageAndWritesNothing() throws Exception {
		long before = letters();
		mvc.perform(multipart("/api/tildelingsbrev").file(file("tom.txt", new byte[0])).with(cleared()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Filen «tom.txt» er tom. Velg filen med tildelingsbrevet."));
		mvc.perform(multipart("/api/tildelingsbrev")
			.file(file("handleliste.txt", "Melk\nBrød\nEgg\n".getBytes(StandardCharsets.UTF_8))).with(cleared()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("tildelingsbrev")));
		mvc.perform(multipart("/api/tildelingsbrev").file(file("bilde.pdf", TestDocuments.png())).with(cleared()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").exists());
		byte[] pdf = TestDocuments.pdf(LETTER_2025);
		byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 2);
		mvc.perform(multipart("/api/tildelingsbrev").file(file("avkuttet.pdf", truncated)).with(cleared()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("skadet")));
		mvc.perform(multipart("/api/tildelingsbrev").file(file("kryptert.pdf", TestDocuments.encryptedPdf(LETTER_2025)))
			.with(cleared()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("kryptert")));
		mvc.perform(multipart("/api/tildelingsbrev").file(file("stor.txt", new byte[4 * 1024 * 1024]))
			.with(cleared()).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.error").value(containsString("for stor")));
		mvc.perform(multipart("/api/tildelingsbrev").with(cleared()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").exists());
		assertThat(letters()).isEqualTo(before);
	}

	@Test
	void onlyAdminsMayImport() throws Exception {
		byte[] letter = LETTER_2025.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/tildelingsbrev/preview").file(file("brev.txt", letter))
			.with(user("sb-import").roles("HOD_SAKSBEHANDLER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/tildelingsbrev").file(file("brev.txt", letter))
			.with(user("sb-import").roles("HOD_SAKSBEHANDLER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/tildelingsbrev").file(file("brev.txt", letter)).with(csrf()))
			.andExpect(status().isUnauthorized());
		// Nobody signed in is told to sign in, with or without a CSRF token (README: 401 without a session).
		mvc.perform(multipart("/api/tildelingsbrev").file(file("brev.txt", letter))).andExpect(status().isUnauthorized());
	}
}
