package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.BrukerService.NyBruker;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.Testbrukere;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list's exports are named after every filter, so that two exports of different lists neither overwrite nor pass
 * for each other (the file names need no matching assignments: a year without any will do).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EksportFilnavnTests {

	/** A year no other test uses. */
	private static final int AAR = 2085;

	@Autowired
	MockMvc mvc;

	@Autowired
	BrukerService brukere;

	@BeforeAll
	void bruker() {
		Testbrukere.opprett(brukere, new NyBruker("filnavn-sb", "Filnavn Saksbehandler", "passord-passord-1",
				Rolle.HOD_SAKSBEHANDLER, null, false, null));
	}

	@Test
	void eachFilterIsNamedAndNoTwoListsShareAName() throws Exception {
		String aar = String.valueOf(AAR);
		// The part of the name each filter must add, after «oppdrag-» and before the year's place in it.
		Map<String, String[]> filtre = new LinkedHashMap<>();
		filtre.put("", new String[0]);
		filtre.put("hod-sha", new String[] { "hodDepartment", "SHA" });
		filtre.put("seksjon-3-4", new String[] { "section", "3.4" });
		filtre.put("frist-fra-" + AAR + "-03-01", new String[] { "deadlineFrom", AAR + "-03-01" });
		filtre.put("frist-til-" + AAR + "-06-30", new String[] { "deadlineTo", AAR + "-06-30" });
		filtre.put("frist-" + AAR + "-03-01-" + AAR + "-06-30",
				new String[] { "deadlineFrom", AAR + "-03-01", "deadlineTo", AAR + "-06-30" });
		String idag = LocalDate.now(Formats.OSLO).toString();
		for (String endelse : List.of("csv", "xlsx")) {
			List<String> navn = new ArrayList<>();
			for (Map.Entry<String, String[]> filter : filtre.entrySet()) {
				MockHttpServletRequestBuilder foresporsel = get("/oppdrag/eksport." + endelse).param("year", aar);
				String[] p = filter.getValue();
				for (int i = 0; i < p.length; i += 2) {
					foresporsel.param(p[i], p[i + 1]);
				}
				String disposition = mvc.perform(foresporsel.with(user("filnavn-sb").roles("HOD_SAKSBEHANDLER")))
					.andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
				String forventet = "oppdrag-" + (filter.getKey().isEmpty() ? "" : filter.getKey() + "-") + aar + "-"
						+ idag + "." + endelse;
				assertThat(disposition).as(filter.getKey()).isEqualTo("attachment; filename=\"" + forventet + "\"");
				navn.add(forventet);
			}
			assertThat(navn).doesNotHaveDuplicates();
		}
	}
}
