package no.hod.styringsregister.brukere;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;

import no.hod.styringsregister.StyringsregisterApplication;
import no.hod.styringsregister.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside demo mode no user has a known password: without the first admin's password the register will not start. */
class InitialAdminTests {

	@Test
	void anEmptyDatabaseWithoutTheAdminPasswordStopsStartupWithAMessage() {
		TestDatabase.Database database = TestDatabase.createDatabase();
		assertThatThrownBy(() -> new SpringApplication(StyringsregisterApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--styringsregister.demo=false",
				"--styringsregister.admin.password="))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Databasen har ingen brukere, og STYRINGSREGISTER_ADMIN_PASSWORD er ikke satt.");
	}

	@Test
	void aTooShortAdminPasswordIsRefused() {
		TestDatabase.Database database = TestDatabase.createDatabase();
		assertThatThrownBy(() -> new SpringApplication(StyringsregisterApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--styringsregister.demo=false",
				// 14 characters, but four of them letters.
				"--styringsregister.admin.password=     kort     "))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Passordet i STYRINGSREGISTER_ADMIN_PASSWORD må ha minst 12 tegn.");
	}

	@Test
	void anAdminPasswordLongerThanBcryptKeepsIsRefused() {
		TestDatabase.Database database = TestDatabase.createDatabase();
		// 37 characters, 74 bytes in UTF-8.
		assertThatThrownBy(() -> new SpringApplication(StyringsregisterApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--styringsregister.demo=false",
				"--styringsregister.admin.password=" + "æ".repeat(37)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Passordet i STYRINGSREGISTER_ADMIN_PASSWORD kan være høyst 72 byte i UTF-8 (æ, ø og å teller "
					+ "som to); det er 74.");
	}
}
