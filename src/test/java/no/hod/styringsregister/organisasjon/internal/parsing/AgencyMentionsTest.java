package no.hod.styringsregister.organisasjon.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.testsupport.TestDocuments;

/** Counts read from the organisation text by hand (grep): Helsedirektoratet(s) 34 times, Utdanningsdirektoratet 4. */
class AgencyMentionsTest {

	private static final String SEED = TestDocuments.resource("/seeds/organisering-helsedirektoratet.txt");

	private static final List<String> REGISTERED = List.of("Helsedirektoratet", "Statens helsetilsyn",
			"Folkehelseinstituttet");

	@Test
	void helsedirektoratetsTextUnderStatensHelsetilsynIsNamedForWhatItIs() {
		assertThat(AgencyMentions.otherAgency(SEED, "Statens helsetilsyn", REGISTERED)).hasValue(
				"Teksten ser ut til å beskrive Helsedirektoratet, ikke Statens helsetilsyn: Helsedirektoratet er nevnt "
						+ "34 ganger, Statens helsetilsyn ingen ganger. Sjekk at du valgte riktig etat. Er det feil, "
						+ "avbryt og last opp filen på nytt med riktig etat valgt.");
	}

	@Test
	void theRightAgencyOrOneTheRegisterDoesNotKnowYetGivesNoWarningOfItsOwn() {
		assertThat(AgencyMentions.otherAgency(SEED, "Helsedirektoratet", REGISTERED)).isEmpty();
		// a directorate the register does not have is still recognised from the text
		assertThat(AgencyMentions.otherAgency(SEED, "Nytt direktorat", List.of())).hasValueSatisfying(
				warning -> assertThat(warning).startsWith("Teksten ser ut til å beskrive Helsedirektoratet, ikke "
						+ "Nytt direktorat"));
	}

	@Test
	void aPartnerNamedInPassingIsNoReasonToWarn() {
		String text = "Divisjon tilsyn\n\nStatens helsetilsyn fører tilsyn. Statens helsetilsyns avdelinger "
				+ "samarbeider med Helsedirektoratet. Statens helsetilsyn leder arbeidet.\n";
		assertThat(AgencyMentions.otherAgency(text, "Statens helsetilsyn", REGISTERED)).isEmpty();
		assertThat(AgencyMentions.count(text, REGISTERED)).containsEntry("Statens helsetilsyn", 3)
			.containsEntry("Helsedirektoratet", 1);
	}
}
