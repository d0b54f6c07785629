package no.hod.styringsregister.bevilgninger.internal;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner.Utdrag;

import static org.assertj.core.api.Assertions.assertThat;

/** The part of a long budget-line comment that names an assignment, as its page shows it. */
class NevningsutdragTest {

	/** Some 400 characters of the letter's table before and after the mention, sentences of their own. */
	static final String FORAN = "Bevilgningen skal dekke drift av tilskuddsordninger på folkehelseområdet. "
			+ "Midlene fordeles etter søknad og rapporteres i årsrapporten. ".repeat(4);

	static final String ETTER = " Resten av posten går til faste tiltak. Det vises til tidligere omtale i proposisjonen. "
		.repeat(4);

	@Test
	void anIdInALongCommentIsShownWithItsSentenceAndMarked() {
		Utdrag u = Nevningsutdrag.av(FORAN + "Inntil 5 mill. kroner går til arbeidet, jf. TB2025-20." + ETTER,
				"TB2025-20", "Bo trygt hjemme-reformen");
		assertThat(u.nevning()).isEqualTo("TB2025-20");
		assertThat(u.foran()).isEqualTo("… Inntil 5 mill. kroner går til arbeidet, jf. ");
		assertThat(u.etter()).isEqualTo(". …");
	}

	@Test
	void theIdIsFoundWhateverTheCaseAndNotInsideALongerId() {
		Utdrag u = Nevningsutdrag.av("Se TTB2025-3 og TB2025-30, og tb2025-3 for resten.", "TB2025-3", "Noe annet");
		assertThat(u.foran()).isEqualTo("Se TTB2025-3 og TB2025-30, og ");
		assertThat(u.nevning()).isEqualTo("tb2025-3");
	}

	@Test
	void aTitleIsMarkedAsWrittenAcrossLineBreaksAndDashes() {
		Utdrag u = Nevningsutdrag.av(FORAN + "7,7 mill. kroner til senterets arbeid og oppfølging\nav Bo trygt "
				+ "hjemme\u2011reformen." + ETTER, "TB2025-20", "Bo trygt hjemme-reformen");
		assertThat(u.nevning()).isEqualTo("Bo trygt hjemme\u2011reformen");
		assertThat(u.foran()).isEqualTo("… 7,7 mill. kroner til senterets arbeid og oppfølging av ");
		assertThat(u.etter()).isEqualTo(". …");
	}

	@Test
	void aQuotedPartOfTheTitleIsTheMention() {
		Utdrag u = Nevningsutdrag.av("6 mill. kroner til prosjektet «Enklere tilgang til informasjon».", "TB2025-64",
				"Alvorlig sykt barn – enklere tilgang til informasjon");
		assertThat(u).isEqualTo(new Utdrag("6 mill. kroner til prosjektet «", "Enklere tilgang til informasjon", "»."));
	}

	@Test
	void anItemOfTheLettersListsIsItsOwnSentence() {
		Utdrag u = Nevningsutdrag.av("Midlene gis til følgende tiltak:\n• 3 mill. kroner til A.\n• 1,5 mill. kroner oppdrag "
				+ "om utredning av kommunalt\nakutt døgntilbud\n10 mill. kroner til B", "TB2025-44",
				"Utredning av kommunalt akutt døgntilbud");
		assertThat(u).isEqualTo(new Utdrag("… • 1,5 mill. kroner oppdrag om ", "utredning av kommunalt akutt døgntilbud",
				" …"));
	}

	@Test
	void theWholeEarmarkThatMentionsItIsShownWithItsAmountNotTheNextOne() {
		// 714.21 of the 2025 letter, one earmark a line as the parser keeps them: the amount is some 130 characters
		// before the mention, and the next item's amount is not this one's.
		String kommentar = "2 mill. kroner til bedre statistikkgrunnlag for tobakk og rusmidler\n"
				+ "7,7 mill. kroner til Senteret for et aldersvennlig Norge til senterets arbeid med et aldersvennlig "
				+ "samfunn og oppfølging av Bo trygt hjemme-reformen\n"
				+ "10 mill. kroner til Senteret for et aldersvennlig Norge til arbeid med digital inkludering og "
				+ "opplæring for eldre innbyggere";
		Utdrag u = Nevningsutdrag.av(kommentar, "TB2025-20", "Bo trygt hjemme-reformen");
		assertThat(u).isEqualTo(new Utdrag("… 7,7 mill. kroner til Senteret for et aldersvennlig Norge til senterets "
				+ "arbeid med et aldersvennlig samfunn og oppfølging av ", "Bo trygt hjemme-reformen", " …"));
	}

	@Test
	void anItemLongerThanTheMaximumIsShownByItsSentence() {
		String lang = "og ".repeat(Nevningsutdrag.HELT_LEDD / 3 + 1);
		Utdrag u = Nevningsutdrag.av("Første ledd.\n5 mill. kroner til A. Tilskudd " + lang + "Digitalt helsekort for gravide."
				+ "\n3 mill. kroner til B", "TB2025-63", "Digitalt helsekort for gravide");
		assertThat(u.foran()).startsWith("… og").doesNotContain("Tilskudd");
		assertThat(u.foran().length()).isBetween(Nevningsutdrag.RUNDT - 2, Nevningsutdrag.RUNDT + 3);
		assertThat(u.etter()).isEqualTo(". …");
	}

	@Test
	void aLongSentenceIsCutAtWholeWordsSomeEightyCharactersEitherSide() {
		// longer than a whole item is shown
		String lang = "og ".repeat(Nevningsutdrag.HELT_LEDD / 3 + 1);
		Utdrag u = Nevningsutdrag.av("Tilskudd " + lang + "Digitalt helsekort for gravide " + lang + "slutt.",
				"TB2025-63", "Digitalt helsekort for gravide");
		assertThat(u.nevning()).isEqualTo("Digitalt helsekort for gravide");
		assertThat(u.foran()).startsWith("… og").endsWith("og ").doesNotContain("Tilskudd");
		assertThat(u.foran().length()).isBetween(Nevningsutdrag.RUNDT - 2, Nevningsutdrag.RUNDT + 3);
		assertThat(u.etter()).startsWith(" og").endsWith("og …").doesNotContain("slutt");
		assertThat(u.etter().length()).isBetween(Nevningsutdrag.RUNDT - 2, Nevningsutdrag.RUNDT + 3);
	}

	@Test
	void aMentionAtTheStartOrEndHasNoEllipsisThere() {
		assertThat(Nevningsutdrag.av("TB2025-20: 3 mill. kroner.", "TB2025-20", "Noe"))
			.isEqualTo(new Utdrag("", "TB2025-20", ": 3 mill. kroner."));
		assertThat(Nevningsutdrag.av("Digitalt helsekort for gravide", "TB2025-63", "Digitalt helsekort for gravide"))
			.isEqualTo(new Utdrag("", "Digitalt helsekort for gravide", ""));
		Utdrag sist = Nevningsutdrag.av(FORAN + "Til slutt TB2025-20", "TB2025-20", "Noe");
		assertThat(sist.foran()).isEqualTo("… Til slutt ");
		assertThat(sist.etter()).isEmpty();
	}

	@Test
	void ofSeveralMentionsTheFirstIsShownByIdOrByTitle() {
		Utdrag u = Nevningsutdrag.av(FORAN + "Først Bo trygt hjemme-reformen. Så TB2025-20 igjen." + ETTER, "TB2025-20",
				"Bo trygt hjemme-reformen");
		assertThat(u.nevning()).isEqualTo("Bo trygt hjemme-reformen");
		assertThat(u.foran()).isEqualTo("… Først ");
		Utdrag id = Nevningsutdrag.av("Jf. TB2025-20. Senere: Bo trygt hjemme-reformen.", "TB2025-20",
				"Bo trygt hjemme-reformen");
		assertThat(id.nevning()).isEqualTo("TB2025-20");
	}

	@Test
	void aOneWordTitleInASentenceIsNoMentionButTheIdStillIs() {
		Utdrag u = Nevningsutdrag.av("Tilskudd til tannhelse i fengsler, jf. TB2025-35.", "TB2025-35", "Tannhelse");
		assertThat(u.nevning()).isEqualTo("TB2025-35");
	}

	@Test
	void aCommentThatNamesItNoWayFoundShowsItsStart() {
		Utdrag u = Nevningsutdrag.av(FORAN, "TB2025-20", "Bo trygt hjemme-reformen");
		assertThat(u.nevning()).isEmpty();
		assertThat(u.foran()).startsWith("Bevilgningen skal dekke").endsWith(" …");
		assertThat(u.foran().length()).isLessThanOrEqualTo(2 * Nevningsutdrag.RUNDT + 2);
	}
}
