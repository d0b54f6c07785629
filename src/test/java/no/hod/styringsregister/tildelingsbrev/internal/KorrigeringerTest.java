package no.hod.styringsregister.tildelingsbrev.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;
import no.hod.styringsregister.web.Avvisninger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KorrigeringerTest {

	/** The ministry departments the register knows, as the service passes them. */
	static final Set<String> KJENTE = Set.of("FHA", "KTA", "SHA");

	static AssignmentDraft oppdrag(String id, String tittel) {
		return new AssignmentDraft(id, "3.1", List.of("FHA"), tittel, "Tekst.", List.of(LocalDate.of(2025, 6, 30)), null,
				AssignmentDraft.Exempt.NONE, List.of(new AssignmentDraft.TextPart("Tekst.", false)), List.of(), List.of());
	}

	static LetterDraft brev() {
		return new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(oppdrag("TB2025-1", "Første"), oppdrag("TB2025-4", "Fjerde")), List.of(), List.of(), List.of(),
				List.of(), List.of());
	}

	@Test
	void anIdCorrectedIntoOneAnotherAssignmentHasIsRefused() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(1).setId("tb2025-1");

		assertThatThrownBy(() -> korrigeringer.applyTo(brev(), KJENTE, true)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Id-en «tb2025-1» står på flere oppdrag i brevet. Hvert oppdrag må ha sin egen id; rett den "
					+ "eller la feltet stå tomt.");
	}

	@Test
	void anIdCorrectedIntoAFreeOneIsTaken() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(1).setId("TB2025-5");

		assertThat(korrigeringer.applyTo(brev(), KJENTE, true).assignments()).extracting(AssignmentDraft::id)
			.containsExactly("TB2025-1", "TB2025-5");
	}

	/** An id is the assignment's address: one not of the letters' form made the assignment unreachable. */
	@ParameterizedTest
	@ValueSource(strings = { "TB2025/2?x#y", "<script>alert(1)</script>", "-1", "2025-02-30", "NaN", "' OR 1=1--",
			"TB2025-", "XB2025-3", "TB25-3", "TB2025-1234" })
	void anIdNotOfTheLettersFormIsRefusedNamingTheForm(String typed) {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(1).setId(typed);

		assertThatThrownBy(() -> korrigeringer.applyTo(brev(), KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly("Id-en «" + typed + "» på oppdrag TB2025-4 har ikke "
						+ "formen brevene gir id-er i. Skriv den som TB2025-12 eller TTB2024-66, eller la feltet stå tomt."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "TB2025-12", "TTB2024-66", "tb2025-7", " TB2025‑8 ", "" })
	void anIdOfTheLettersFormOrNoneIsTaken(String typed) {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(1).setId(typed);

		assertThat(korrigeringer.applyTo(brev(), KJENTE, true).assignments().get(1).id())
			.isEqualTo(typed.isBlank() ? null : typed.strip().replace('‑', '-'));
	}

	@Test
	void aLettersOwnIdOfAnotherFormStays() {
		LetterDraft brev = new LetterDraft(2020, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2020", List.of(),
				List.of(oppdrag("HDIR-7", "Eldre")), List.of(), List.of(), List.of(), List.of(), List.of());

		assertThat(Korrigeringer.of(brev, true).applyTo(brev, KJENTE, true).assignments().get(0).id())
			.isEqualTo("HDIR-7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tildelingsbrev-helsedirektoratet-2020.txt", "tildelingsbrev-helsedirektoratet-2025.txt" })
	void aRealLetterSentBackUntouchedPassesItsOwnChecks(String seed) {
		LetterDraft brev = new LetterParser().parse(TestDocuments.seed(seed));
		// The codes the letter gives pass, whether the register knows them or not.
		LetterDraft tilbake = Korrigeringer.of(brev, true).applyTo(brev, Set.of(), true);

		assertThat(tilbake.assignments()).hasSameSizeAs(brev.assignments());
		assertThat(tilbake.budgetLines()).isEqualTo(brev.budgetLines());
		assertThat(tilbake.calendar()).isEqualTo(brev.calendar());
	}

	@Test
	void budgetAndCalendarValuesOutsideWhatALetterCanSayAreAllNamed() {
		LetterDraft brev = new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt"));
		Korrigeringer korrigeringer = Korrigeringer.of(brev, true);
		korrigeringer.getBudsjett().get(0).setPost(999);
		korrigeringer.getBudsjett().get(1).setBelop(-5L);
		korrigeringer.getBudsjett().get(2).setNavn(" ");
		korrigeringer.getBudsjett().get(3).setKapittel(7);
		korrigeringer.getKalender().get(0).setTid("25:99");
		korrigeringer.getKalender().get(1).setAktivitet("");

		assertThatThrownBy(() -> korrigeringer.applyTo(brev, KJENTE, true)).isInstanceOfSatisfying(
				Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly(
						"Posten på budsjettlinje 1 må være et tall fra 1 til 99 (for eksempel 21).",
						"Beløpet på budsjettlinje 2 kan ikke være negativt.", "Budsjettlinje 3 må ha et navn.",
						"Kapittelet på budsjettlinje 4 må ha tre eller fire sifre (for eksempel 714).",
						"Tiden «25:99» på kalenderoppføring 1 er ikke et klokkeslett. Skriv 09:00 eller 09:00-11:00.",
						"Kalenderoppføring 2 må ha en aktivitet."));
	}

	@Test
	void lineBreaksInTheOneLineFieldsAreAllNamedButATabPasses() {
		LetterDraft brev = new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt"));
		Korrigeringer korrigeringer = Korrigeringer.of(brev, true);
		korrigeringer.getOppdrag().get(0).setTittel("Første linje\r\nAndre linje");
		String forste = brev.assignments().get(0).id();
		String andre = brev.assignments().get(1).id();
		korrigeringer.getOppdrag().get(1).setId(andre + "\u0007");
		korrigeringer.getBudsjett().get(0).setNavn("Driftsutgifter\n");
		korrigeringer.getKalender().get(0).setAktivitet("Møte\u2028om budsjettet");

		assertThatThrownBy(() -> korrigeringer.applyTo(brev, KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly(
						"Tittelen på oppdrag " + forste + " må stå på én linje, uten linjeskift eller andre kontrolltegn.",
						"Id-en på oppdrag " + andre + " må stå på én linje, uten linjeskift eller andre kontrolltegn.",
						"Navnet på budsjettlinje 1 må stå på én linje, uten linjeskift eller andre kontrolltegn.",
						"Aktiviteten på kalenderoppføring 1 må stå på én linje, uten linjeskift eller andre kontrolltegn."));

		// A tab, pasted from a spreadsheet, is let through.
		Korrigeringer medTab = Korrigeringer.of(brev, true);
		medTab.getOppdrag().get(0).setTittel("Tittel\tmed tabulator");
		assertThat(medTab.applyTo(brev, KJENTE, true).assignments().get(0).title()).isEqualTo("Tittel\tmed tabulator");
	}

	@Test
	void aWhollyExemptAssignmentsTitleIsLeftOutOfAnUnclearedAdminsFormAndKeptButItsDeadlinesAreThereToCorrect() {
		AssignmentDraft unntatt = new AssignmentDraft("TB2025-60", "3.9", List.of("KTA"), "Hemmelig tittel", "Tekst.",
				List.of(LocalDate.of(2025, 3, 1)), "innen 1. mars", AssignmentDraft.Exempt.WHOLE,
				List.of(new AssignmentDraft.TextPart("Tekst.", true)), List.of(), List.of());
		LetterDraft brev = new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(unntatt), List.of(), List.of(), List.of(), List.of(), List.of());

		// The form of the draft as the uncleared admin is shown it: the dates, not the title.
		Korrigeringer uklarert = Korrigeringer.of(Redaction.forViewer(brev, false), false);
		assertThat(uklarert.getOppdrag().get(0).getTittel()).isNull();
		assertThat(uklarert.getOppdrag().get(0).getFrister()).isEqualTo("01.03.2025");
		assertThat(uklarert.applyTo(brev, KJENTE, false).assignments().get(0)).isEqualTo(unntatt);

		// A date corrected: applied to the stored draft, whose title and words stay as the letter has them.
		uklarert.getOppdrag().get(0).setFrister("15.04.2025, 1. oktober 2025");
		AssignmentDraft rettet = uklarert.applyTo(brev, KJENTE, false).assignments().get(0);
		assertThat(rettet.deadlines()).containsExactly(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 10, 1));
		assertThat(rettet.title()).isEqualTo("Hemmelig tittel");
		assertThat(rettet.deadlineText()).isEqualTo("innen 1. mars");
		assertThat(rettet.parts()).isEqualTo(unntatt.parts());

		Korrigeringer klarert = Korrigeringer.of(brev, true);
		assertThat(klarert.getOppdrag().get(0).getTittel()).isEqualTo("Hemmelig tittel");
		assertThat(klarert.getOppdrag().get(0).getFrister()).isEqualTo("01.03.2025");
	}

	@Test
	void aWhollyExemptAssignmentsTitleSentByAnUnclearedAdminIsRefusedAndOnlyAClearedAdminMayCorrectIt() {
		AssignmentDraft unntatt = new AssignmentDraft("TB2025-60", "3.9", List.of("KTA"), "Hemmelig tittel", "Tekst.",
				List.of(LocalDate.of(2025, 3, 1)), null, AssignmentDraft.Exempt.WHOLE,
				List.of(new AssignmentDraft.TextPart("Tekst.", true)), List.of(), List.of());
		LetterDraft brev = new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(oppdrag("TB2025-1", "Første"), unntatt), List.of(), List.of(), List.of(), List.of(), List.of());

		// The uncleared admin's form, with a title added to the row that has none (a forged request).
		Korrigeringer forfalsket = Korrigeringer.of(Redaction.forViewer(brev, false), false);
		forfalsket.getOppdrag().get(1).setTittel("Overskrevet i blinde");
		assertThatThrownBy(() -> forfalsket.rett(brev, KJENTE, Map.of(), false)).isInstanceOfSatisfying(
				Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly("Tittelen på oppdrag TB2025-60 er unntatt offentlighet "
						+ "(offl. § 22) og kan bare rettes av en bruker som er klarert for unntatt innhold."));
		// Refused with the row taken out too: the title is not the uncleared admin's to send at all.
		forfalsket.getOppdrag().get(1).setDropp(true);
		assertThatThrownBy(() -> forfalsket.rett(brev, KJENTE, Map.of(), false)).isInstanceOf(Avvisninger.class);

		// The cleared admin's form has the title, and a correction of it is taken.
		Korrigeringer klarert = Korrigeringer.of(brev, true);
		klarert.getOppdrag().get(1).setTittel("Rettet tittel");
		assertThat(klarert.rett(brev, KJENTE, Map.of(), true).assignments().get(1).title()).isEqualTo("Rettet tittel");
	}

	@Test
	void aValueTypedLongerThanTheRegisterTakesIsRefusedButTheLettersOwnStays() {
		LetterDraft brev = new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt"));
		Korrigeringer korrigeringer = Korrigeringer.of(brev, true);
		String id = brev.assignments().get(0).id();
		korrigeringer.getOppdrag().get(0).setTittel("Nytt: " + "x".repeat(9_998));
		korrigeringer.getOppdrag().get(1).setFrister("31.12.2025, ".repeat(50));
		korrigeringer.getBudsjett().get(0).setNavn("n".repeat(501));
		korrigeringer.getKalender().get(0).setAktivitet("a".repeat(501));
		korrigeringer.getKalender().get(1).setTid("09:00-11:00-12:00");

		assertThatThrownBy(() -> korrigeringer.applyTo(brev, KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly(
						"Tittelen på oppdrag " + id + " kan være høyst 500 tegn, men har 10 004.",
						"Fristene for oppdrag " + brev.assignments().get(1).id() + " kan være høyst 500 tegn, men har 599.",
						"Navnet på budsjettlinje 1 kan være høyst 500 tegn, men har 501.",
						"Aktiviteten på kalenderoppføring 1 kan være høyst 500 tegn, men har 501.",
						"Tiden på kalenderoppføring 2 kan være høyst 11 tegn, men har 17. Skriv 09:00 eller 09:00-11:00."));

		// 500 characters are taken; a longer title the letter itself has stays as it is.
		Korrigeringer akkurat = Korrigeringer.of(brev, true);
		akkurat.getOppdrag().get(0).setTittel("t".repeat(500));
		assertThat(akkurat.applyTo(brev, KJENTE, true).assignments().get(0).title()).hasSize(500);
		AssignmentDraft lang = oppdrag("TB2025-1", "l".repeat(600));
		LetterDraft langtBrev = new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025",
				List.of(), List.of(lang), List.of(), List.of(), List.of(), List.of(), List.of());
		assertThat(Korrigeringer.of(langtBrev, true).applyTo(langtBrev, KJENTE, true).assignments().get(0).title())
			.hasSize(600);
	}

	@Test
	void rowsTheDraftDoesNotHaveAreIgnoredAndTakeNothingOut() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		Korrigeringer.OppdragRad ekstra = new Korrigeringer.OppdragRad();
		ekstra.setTittel("FUZZ");
		ekstra.setDropp(true);
		ekstra.setRut(false);
		korrigeringer.getOppdrag().add(ekstra);

		assertThat(korrigeringer.applyTo(brev(), KJENTE, true).assignments()).extracting(AssignmentDraft::title)
			.containsExactly("Første", "Fjerde");
		assertThat(korrigeringer.uttatt(brev())).isEqualTo(Korrigeringer.Uttatt.INGEN);
	}

	@Test
	void anAmountBeyondAnyBudgetAndADepartmentTheRegisterDoesNotKnowAreNamed() {
		LetterDraft brev = new LetterParser().parse(TestDocuments.seed("tildelingsbrev-helsedirektoratet-2025.txt"));
		Korrigeringer korrigeringer = Korrigeringer.of(brev, true);
		korrigeringer.getBudsjett().get(1).setBelop(99_999_999_999_999_999L);
		korrigeringer.getBudsjett().get(2).setBelop(Korrigeringer.MAKS_BELOP);
		korrigeringer.getOppdrag().get(3).setAvdelinger("XYZ, ???");
		korrigeringer.getOppdrag().get(4).setAvdelinger("sha");

		assertThatThrownBy(() -> korrigeringer.applyTo(brev, KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly(
						"Avdeling i HOD «XYZ» på oppdrag TB2025-4 finnes ikke blant departementsavdelingene i registeret "
								+ "(FHA, KTA, SHA). En ny avdeling legges inn under Administrer organisasjonen → "
								+ "Departementets avdelinger.",
						"Avdeling i HOD «???» på oppdrag TB2025-4 finnes ikke blant departementsavdelingene i registeret "
								+ "(FHA, KTA, SHA). En ny avdeling legges inn under Administrer organisasjonen → "
								+ "Departementets avdelinger.",
						"Beløpet 99 999 999 999 999 999 på budsjettlinje 2 er for stort. Beløp står i 1 000 kr og kan "
								+ "være høyst 1 000 000 000 (1 000 milliarder kroner)."));

		korrigeringer.getBudsjett().get(1).setBelop(35_500L);
		korrigeringer.getOppdrag().get(3).setAvdelinger("FHA, kta");
		LetterDraft rettet = korrigeringer.applyTo(brev, KJENTE, true);
		// A known code in any case is taken, written as the register writes it.
		assertThat(rettet.assignments().get(3).hodDepartments()).containsExactly("FHA", "KTA");
		assertThat(rettet.assignments().get(4).hodDepartments()).containsExactly("SHA");
		assertThat(rettet.budgetLines().get(2).amount()).isEqualTo(Korrigeringer.MAKS_BELOP);
	}

	@Test
	void aTitleTheLetterLacksMayStayEmptyWhenSavingButOneItHasMayNotBeErased() {
		LetterDraft brev = new LetterDraft(2025, "Helsedirektoratet", LetterDraft.LetterKind.MAIN, "2025", List.of(),
				List.of(oppdrag("TB2025-1", "Første"), oppdrag(null, "")), List.of(), List.of(), List.of(), List.of(),
				List.of());
		Korrigeringer korrigeringer = Korrigeringer.of(brev, true);
		assertThat(korrigeringer.getOppdrag().get(1).getTittel()).isEmpty();
		// Other corrections are saved; the import itself refuses until the title is there.
		assertThat(korrigeringer.applyTo(brev, KJENTE, true).assignments().get(1).title()).isEmpty();

		korrigeringer.getOppdrag().get(0).setTittel(" ");
		korrigeringer.getOppdrag().get(1).setTittel("Vurdering av ordningen");
		assertThatThrownBy(() -> korrigeringer.applyTo(brev, KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> assertThat(ex.problemer()).containsExactly("Oppdrag TB2025-1 må ha en tittel."));
		korrigeringer.getOppdrag().get(0).setTittel("Første");
		assertThat(korrigeringer.applyTo(brev, KJENTE, true).assignments().get(1).title()).isEqualTo("Vurdering av ordningen");
	}

	@Test
	void aDeadlineIsTakenAsTheAppWritesItAndOneThatCannotBeReadIsNamedOnceWithItsField() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(0).setFrister("1. november 2025, 2025-12-15");
		assertThat(korrigeringer.applyTo(brev(), KJENTE, true).assignments().get(0).deadlines())
			.containsExactly(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 15));

		korrigeringer.getOppdrag().get(1).setFrister("1. novembr 2025");
		assertThatThrownBy(() -> korrigeringer.applyTo(brev(), KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> {
					String problem = "Fristen «1. novembr 2025» for oppdrag TB2025-4 kan ikke leses som en dato. Skriv "
							+ "dag, måned og år, for eksempel 31. desember 2025 eller 31.12.2025, og skill flere frister "
							+ "med komma.";
					assertThat(ex.problemer()).containsExactly(problem);
					assertThat(ex.felter()).containsExactly(Map.entry(problem, "oppdrag[1].frister"));
				});
	}

	@Test
	void aDeadlineFarFromTheLettersYearNamesItsFieldAsTyped() {
		Korrigeringer korrigeringer = Korrigeringer.of(brev(), true);
		korrigeringer.getOppdrag().get(0).setFrister("1. mars 1025");
		assertThatThrownBy(() -> korrigeringer.applyTo(brev(), KJENTE, true)).isInstanceOfSatisfying(Avvisninger.class,
				ex -> assertThat(ex.felter()).containsExactly(Map.entry("Fristen 1. mars 1025 for oppdrag TB2025-1 "
						+ "ligger langt fra brevets år (2025). Frister må ligge mellom 2024 og 2030.", "oppdrag[0].frister")));
	}
}
