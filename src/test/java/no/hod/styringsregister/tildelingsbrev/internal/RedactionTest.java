package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft.TextPart;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter preview for an admin without clearance hides the shape of exempt text as the register's pages do: one
 * placeholder for a wholly exempt assignment, one for each run of adjacent exempt parts.
 */
class RedactionTest {

	private static final TextPart X = new TextPart(Redaction.PLACEHOLDER, true);

	static AssignmentDraft oppdrag(AssignmentDraft.Exempt unntak, TextPart... deler) {
		List<TextPart> parts = List.of(deler);
		return new AssignmentDraft("TB2025-9", "3.1", List.of("FHA"), "Tittel", String.join("\n\n",
				parts.stream().map(TextPart::text).toList()), List.of(LocalDate.of(2025, 6, 30)), "30. juni", unntak,
				parts, List.of(), List.of());
	}

	static LetterDraft brev(AssignmentDraft oppdrag) {
		return new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(oppdrag), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void eachRunOfExemptPartsIsOnePlaceholderInItsPlace() {
		AssignmentDraft delvis = oppdrag(AssignmentDraft.Exempt.PARTS, new TextPart("Offentlig først.", false),
				new TextPart("Skjult en.", true), new TextPart("Skjult to.", true), new TextPart("Offentlig midt.", false),
				new TextPart("Skjult tre.", true));

		AssignmentDraft vist = Redaction.forViewer(brev(delvis), false).assignments().get(0);

		assertThat(vist.parts()).containsExactly(new TextPart("Offentlig først.", false), X,
				new TextPart("Offentlig midt.", false), X);
		assertThat(vist.text()).isEqualTo("Offentlig først.\n\n" + Redaction.PLACEHOLDER + "\n\nOffentlig midt.\n\n"
				+ Redaction.PLACEHOLDER);
		assertThat(vist.title()).isEqualTo("Tittel");
		// Cleared: as parsed.
		assertThat(Redaction.forViewer(brev(delvis), true).assignments().get(0)).isEqualTo(delvis);
	}

	@Test
	void whatOnlyTheExemptPartsCiteIsLeftOutForAnUnclearedAdminAndKeptForACleared() {
		List<TextPart> deler = List.of(new TextPart("Offentlig, jf. TB2025-1.", false),
				new TextPart("Skjult, jf. TB2025-7 og kap. 732, post 21.", true));
		AssignmentDraft delvis = new AssignmentDraft("TB2025-9", "3.1", List.of("FHA"), "Tittel",
				"Offentlig, jf. TB2025-1.\n\nSkjult, jf. TB2025-7 og kap. 732, post 21.", List.of(), null,
				AssignmentDraft.Exempt.PARTS, deler, List.of("TB2025-1"), List.of(), List.of("TB2025-7"),
				List.of(new AssignmentDraft.BudgetRef(732, 21)));

		AssignmentDraft vist = Redaction.forViewer(brev(delvis), false).assignments().get(0);
		assertThat(vist.references()).containsExactly("TB2025-1");
		assertThat(vist.exemptReferences()).isEmpty();
		assertThat(vist.exemptBudgetRefs()).isEmpty();
		assertThat(Redaction.forViewer(brev(delvis), true).assignments().get(0)).isEqualTo(delvis);
	}

	@Test
	void aDraftStoredBeforeTheExemptListsReadsThemAsEmptyAndANewOneKeepsThem() {
		JsonMapper json = JsonMapper.builder().build();
		AssignmentDraft med = new AssignmentDraft("TB2025-9", null, List.of(), "Tittel", "Tekst", List.of(), null,
				AssignmentDraft.Exempt.PARTS, List.of(new TextPart("Tekst", true)), List.of(), List.of(),
				List.of("TB2025-7"), List.of(new AssignmentDraft.BudgetRef(732, 21)));
		assertThat(json.readValue(json.writeValueAsString(med), AssignmentDraft.class)).isEqualTo(med);

		String gammel = json.writeValueAsString(med).replaceAll(",\"exemptReferences\":\\[[^\\]]*\\]", "")
			.replaceAll(",\"exemptBudgetRefs\":\\[[^\\]]*\\]", "");
		assertThat(gammel).doesNotContain("exemptReferences", "exemptBudgetRefs");
		AssignmentDraft lest = json.readValue(gammel, AssignmentDraft.class);
		assertThat(lest.exemptReferences()).isEmpty();
		assertThat(lest.exemptBudgetRefs()).isEmpty();
	}

	@Test
	void aWhollyExemptAssignmentIsOnePlaceholderWithItsDeadlineDates() {
		List<TextPart> deler = List.of(new TextPart("Hemmelig en.", true), new TextPart("To.", false),
				new TextPart("Tre.", true));
		AssignmentDraft helt = new AssignmentDraft("TB2025-60", "3.9", List.of("KTA"), "Hemmelig tittel",
				"Hemmelig en.\n\nTo.\n\nTre.", List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1)),
				"innen 1. mars og 1. september", AssignmentDraft.Exempt.WHOLE, deler, List.of("TB2025-9"),
				List.of(new AssignmentDraft.BudgetRef(714, 21)));

		AssignmentDraft vist = Redaction.forViewer(brev(helt), false).assignments().get(0);

		assertThat(vist.parts()).containsExactly(X);
		assertThat(vist.text()).isEqualTo(Redaction.PLACEHOLDER);
		assertThat(vist.title()).isEqualTo(Redaction.PLACEHOLDER);
		// The dates are public, as the register shows them once imported; the letter's words for them are not.
		assertThat(vist.deadlines()).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1));
		assertThat(vist.deadlineText()).isNull();
		assertThat(vist.references()).isEmpty();
		assertThat(vist.budgetRefs()).isEmpty();
		assertThat(vist.toString()).doesNotContain("Hemmelig").doesNotContain("innen");
		assertThat(vist.id()).isEqualTo("TB2025-60");
		assertThat(vist.hodDepartments()).containsExactly("KTA");
	}
}
