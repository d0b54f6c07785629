package no.hod.styringsregister.oppdrag;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.brukere.BrukerService;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.BrowserTest;
import no.hod.styringsregister.testsupport.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead writes a long progress note while the session runs out: sent, the note is not saved, the login follows, and
 * after it the lead is back on the assignment with the note in the field, to send again.
 */
@BrowserTest
class UtloptOktJourneyTests extends BrowserTestSupport {

	private static final String NOTAT = "Arbeidet er godt i gang.\nVi har hatt tre møter med kommunene og skriver nå "
			+ "rapporten, som leveres før fristen.";

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragUpdates oppdragUpdates;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	BrukerService brukere;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNoteSentAfterTheSessionRanOutComesBackOnTheFormsPageAfterLoggingIn() {
		Integer storst = jdbc.queryForObject("SELECT max(aar) FROM oppdrag", Integer.class);
		int aar = storst == null ? 2501 : storst + 2;
		String id = "TB" + aar + "-1";
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(900_000 + aar, aar, etat, List.of(new OppdragData(id, "3.1", "Bedre folkehelse",
				List.of("FHA"), "Kartlegge kommunenes beredskap",
				List.of(new Tekstdel("Helsedirektoratet skal kartlegge beredskapen.", false)),
				List.of(LocalDate.of(aar, 6, 30)), null, Unntak.NONE, List.of(), List.of())));
		CurrentUser admin = brukere.find(jdbc.queryForObject("SELECT id FROM bruker WHERE brukernavn = 'admin'",
				Long.class)).orElseThrow();
		Enhet folkehelse = organisasjon.divisjoner(etat).stream().filter(d -> d.navn().equals("Divisjon folkehelse"))
			.findFirst().orElseThrow();
		oppdragUpdates.route(List.of(id), folkehelse.id(), null, admin);

		login("leder-folkehelse");
		open("/oppdrag/" + id + "?liste=%2Foppdrag%3Fyear%3D" + aar);
		String skjemaside = page.url();
		page.getByLabel("Fremdrift").fill(NOTAT);
		// The session runs out while the lead writes.
		jdbc.update("DELETE FROM spring_session WHERE principal_name = 'leder-folkehelse'");
		lagre();

		assertThat(page).hasURL(url("/login?utlopt"));
		assertThat(page.locator("main [data-okt-utlopt]")).hasText("Økten din var utløpt, så det du sendte, er ikke "
				+ "lagret. Logg inn igjen, så kommer du tilbake til siden du var på.");
		assertThat(jdbc.queryForObject("SELECT fremdrift FROM oppdrag WHERE visnings_id = ?", String.class, id))
			.isNull();
		assertAccessible("utlopt-okt-login");

		// A mistyped password first: the note is still kept.
		login("leder-folkehelse", "feil-passord");
		login("leder-folkehelse");
		assertThat(page).hasURL(skjemaside);
		assertThat(page.getByLabel("Fremdrift")).hasValue(NOTAT);
		assertThat(page.locator("#statusskjema").getByRole(AriaRole.STATUS))
			.hasText("Teksten du skrev, er hentet fram igjen. Den er ikke lagret ennå: se over og lagre.");
		assertAccessible("utlopt-okt-hentet-fram");

		lagre();
		assertThat(page.locator("#statusskjema").getByRole(AriaRole.STATUS)).hasCount(0);
		assertThat(jdbc.queryForObject("SELECT fremdrift FROM oppdrag WHERE visnings_id = ?", String.class, id))
			.isEqualTo(NOTAT);
		// Saved, the draft is forgotten: what the field shows later is the server's, not the browser's.
		jdbc.update("UPDATE oppdrag SET fremdrift = 'Endret av en annen' WHERE visnings_id = ?", id);
		open("/oppdrag/" + id);
		assertThat(page.getByLabel("Fremdrift")).hasValue("Endret av en annen");
		assertThat(((Number) page.evaluate("sessionStorage.length")).intValue()).isZero();
	}

	private void lagre() {
		page.locator("#statusskjema")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre")
				.setExact(true))
			.click();
		page.waitForLoadState();
	}
}
