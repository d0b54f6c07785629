package no.hod.styringsregister.organisasjon.internal;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cached whole lists of the organisation (see Mellomlager): when a change shows, and to whom. */
@IntegrationTest
class OrganisasjonMellomlagerTests {

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	OrganisasjonAdministrasjon administrasjon;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaksjon;

	@BeforeEach
	void signInAsAdmin() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x", "ROLE_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theListsAreReadOnceAndAChangeThroughTheRegisterShowsAtOnce() {
		String navn = "Mellomlageretaten " + UUID.randomUUID();
		long etat = administrasjon.leggTilEtat(navn, null);
		assertThat(organisasjon.etater()).extracting(Etat::navn).contains(navn);
		assertThat(organisasjon.divisjoner(etat)).isEmpty();
		assertThat(organisasjon.alleDivisjoner()).extracting(Enhet::etatId).doesNotContain(etat);

		// Written past the register, as another instance would: this instance still shows its cached lists.
		jdbc.sql("INSERT INTO enhet (etat_id, type, navn) VALUES (?, 'DIVISJON', 'Skrevet utenom')").param(etat).update();
		assertThat(organisasjon.divisjoner(etat)).isEmpty();
		assertThat(organisasjon.alleDivisjoner()).extracting(Enhet::navn).doesNotContain("Skrevet utenom");

		long divisjon = administrasjon.leggTilEnhet(etat, null, "Divisjon lagt til", null, null);
		assertThat(organisasjon.divisjoner(etat)).extracting(Enhet::navn)
			.containsExactlyInAnyOrder("Skrevet utenom", "Divisjon lagt til");
		assertThat(organisasjon.alleDivisjoner()).extracting(Enhet::id).contains(divisjon);
		assertThat(organisasjon.enhetsnavn()).containsEntry(divisjon, "Divisjon lagt til");
	}

	@Test
	void aTransactionThatWritesSeesItsOwnChangesAndLeavesNothingCachedWhenRolledBack() {
		String navn = "Rulles tilbake " + UUID.randomUUID();
		assertThat(organisasjon.etater()).extracting(Etat::navn).doesNotContain(navn);
		transaksjon.executeWithoutResult(status -> {
			administrasjon.leggTilEtat(navn, null);
			assertThat(organisasjon.etater()).extracting(Etat::navn).contains(navn);
			status.setRollbackOnly();
		});
		assertThat(organisasjon.etater()).extracting(Etat::navn).doesNotContain(navn);
	}

	@Test
	void theSharedListsCannotBeChangedByACaller() {
		assertThatThrownBy(() -> organisasjon.etater().clear())
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> organisasjon.enhetsnavn().clear())
			.isInstanceOf(UnsupportedOperationException.class);
	}
}
