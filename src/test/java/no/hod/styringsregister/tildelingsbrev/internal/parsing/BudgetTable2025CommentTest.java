package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comment cells of the 2025 letter's budget table («Kommentar og øremerking») are lists of earmarks: each stays a
 * line of its own, as the letter starts it (after a blank line, or at its amount), so that none runs into the next.
 * The expected lines are the letter's, read from the seed text.
 */
class BudgetTable2025CommentTest {

	private static List<BudgetLineDraft> lines;

	@BeforeAll
	static void read() {
		lines = BudgetTable2025.read(AppendixFixtures.seedLines("tildelingsbrev-helsedirektoratet-2025.txt"),
				new ArrayList<>());
	}

	@Test
	void anEarmarkAfterABlankLineIsItsOwnLine() {
		assertThat(paragraphs(701, 21, 21_000)).containsExactly(
				"20 mill. kr til videreutvikling av helseteknologiordningen, herunder etablering av godkjenningsordning "
						+ "for helseteknologi, standardiseringsarbeid og veiledningstjeneste",
				"1 mill. kr er øremerket arbeidet med standarder til HL7 Norge.");
		assertThat(paragraphs(701, 21, 67_500)).containsExactly("Digital samhandling",
				"41 mill. kr til pasientens legemiddelliste, hvorav minst 10 mill. kr skal gå til kompensasjon til "
						+ "fastleger, og minst 6 mill. kr skal gå til å støtte innføring av PLL innad i helseregionene "
						+ "Nord og Vest.",
				"6 mill. kr til pasientens kritiske informasjon", "8,5 mill. kr til pasientens journaldokumenter",
				"8mill. kr til pasientens prøvesvar", "4 mill. kr til pasientens måledata");
	}

	@Test
	void theEarmarksOfPost71421AreOneALine() {
		List<String> items = paragraphs(714, 21, 103_000);
		assertThat(items).hasSize(19);
		assertThat(items.get(0)).isEqualTo("5 mill. kroner til ABC-kampanje for god psykisk helse, jf. oppdrag TTB2024-66 "
				+ "i supplerende tildelingsbrev 28. oktober 2024. Midlene skal nyttes til nasjonale informasjonstiltak og "
				+ "evaluering mv. for å supplere måloppnåelsen i den fylkeskommunale tilskuddsordningen, jf. post 60.");
		assertThat(items).contains("0,52 mill. kroner til Møteplass for folkehelse.",
				"12,5 mill. kroner til Nasjonalt program for rusforebyggende arbeid, jf. oppdrag TB2025-3.",
				"7,7 mill. kroner til Senteret for et aldersvennlig Norge til senterets arbeid med et aldersvennlig "
						+ "samfunn og oppfølging av Bo trygt hjemme-reformen",
				"10 mill. kroner til Senteret for et aldersvennlig Norge til arbeid med digital inkludering og "
						+ "opplæring for eldre innbyggere");
		assertThat(items.get(18)).isEqualTo("1 mill. kroner til å utvikle veileder til ny forskrift om "
				+ "markedsføringsforbud av visse næringsmidler rettet mot barn.");
	}

	@Test
	void theOtherEarmarkListsAreOneALineToo() {
		assertThat(paragraphs(714, 22, 42_200)).extracting(BudgetTable2025CommentTest::amountOf)
			.containsExactly("2,95", "4,809", "0,519", "18,952", "11,2", "3,77");
		assertThat(paragraphs(714, 60, 119_171)).extracting(BudgetTable2025CommentTest::amountOf)
			.containsExactly("20", "82,025", "3,146", "9,8", "4,2");
		assertThat(paragraphs(714, 79, 81_374)).extracting(BudgetTable2025CommentTest::amountOf)
			.containsExactly("1", "2,8", "7,5", "4,2", "14", "2,2", "3", "19,627", "5,8", "20");
		assertThat(paragraphs(3714, 4, 24_396)).containsExactly("Inntektskrav:",
				"2,95 mill. kroner knyttet til bevillingsordning for tilvirkning av alkoholholdig drikk mv.",
				"4,809 mill. kroner knyttet til gjennomføring av EUs tobakksdirektiv",
				"11,2 mill. kroner knyttet til registreringsgebyr for e-sigaretter",
				"0,519 mill. kroner knyttet til bevillingsordning for import, eksport og produksjon av tobakksvarer",
				"4,918 mill. kroner knyttet til Folkehelseinstituttets toksikologiske risikovurderinger av nye "
						+ "nikotin- og tobakksprodukter samt andre oppgaver knyttet til gjennomføring av EUs tobakksdirektiv");
	}

	@Test
	void aSentenceThatGoesOnOverALineStaysOneLine() {
		// a line that does not start an earmark goes on with the one before («… og til Røde» + «Kors for …»)
		assertThat(paragraphs(702, 70, 4_811)).containsExactly("Bevilgningen dekker tilskudd til beredskapstiltak ved "
				+ "Nasjonal behandlingstjeneste for CBRNE-medisin og til Røde Kors for tilrettelegging av "
				+ "pårørendeberedskap.");
		assertThat(paragraphs(717, 21, 10_916)).singleElement().asString().startsWith("4 mill. kroner til Norsk "
				+ "legemiddelhåndbok, herunder 1,5 mill. kroner til oppslagsverket Koble");
	}

	private static List<String> paragraphs(int chapter, int post, long amount) {
		String comment = lines.stream()
			.filter(l -> l.chapter() == chapter && l.post() == post && l.amount() != null && l.amount() == amount)
			.findFirst()
			.orElseThrow()
			.comment();
		return Arrays.asList(comment.split("\n"));
	}

	private static String amountOf(String earmark) {
		return earmark.substring(0, earmark.indexOf(' '));
	}
}
