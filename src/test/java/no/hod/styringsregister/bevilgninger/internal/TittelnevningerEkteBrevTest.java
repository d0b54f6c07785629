package no.hod.styringsregister.bevilgninger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.oppdrag.BudsjettlinjerSomNevner.Utdrag;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget comments of the real letters against their own assignments' titles: the names they hold are found (a
 * row that is a title, a title in a sentence, a quoted part), and nothing else in some 150 comments is taken for one.
 */
class TittelnevningerEkteBrevTest {

	@Test
	void theLettersBudgetCommentsNameTheseAssignmentsByTitleAndNoOthers() throws IOException {
		assertThat(nevnte("tildelingsbrev-helsedirektoratet-2025.txt")).containsExactly(
				"701.21 [TB2025-63]", // «Digitalt helsekort for gravide», the whole comment
				"701.21 [TB2025-61]", // «Digital samhandling», then what it funds
				"701.21 [TB2025-64]", // «Alvorlig sykt barn», and «Enklere tilgang til informasjon» quoted
				"714.21 [TB2025-20]", // «… oppfølging av Bo trygt hjemme-reformen»
				"760.21 [TB2025-44, TB2025-20]", // «oppdrag om utredning av kommunalt akutt døgntilbud»
				"765.21 [TB2025-7]"); // «oppdrag felles faglig rammeverk for barn og unge i risiko for å skade andre»
		// the 2020 letter's post texts (under «Kap. 762, post 64»): «… Opptrappingsplan for habilitering- og
		// rehabilitering …», the whole title of the assignment «Habilitering og rehabilitering»
		assertThat(nevnte("tildelingsbrev-helsedirektoratet-2020.txt"))
			.containsExactly("762.64 [Habilitering og rehabilitering]");
	}

	@Test
	void theLongCommentOfPost71421IsShownWhereItNamesEachAssignment() throws IOException {
		String kommentar = utkast("tildelingsbrev-helsedirektoratet-2025.txt").budgetLines().stream()
			.filter(l -> l.chapter() == 714 && l.post() == 21).findFirst().orElseThrow().comment();
		assertThat(kommentar).hasSizeGreaterThan(2_000);
		assertThat(Nevningsutdrag.av(kommentar, "TB2025-3",
				"Nasjonalt program for rusforebyggende arbeid blant barn og unge"))
			.isEqualTo(new Utdrag("… 12,5 mill. kroner til Nasjonalt program for rusforebyggende arbeid, jf. oppdrag ",
					"TB2025-3", ". …"));
		// the whole earmark, with its amount, and not the next one's («10 mill. kroner til Senteret …»)
		assertThat(Nevningsutdrag.av(kommentar, "TB2025-20", "Bo trygt hjemme-reformen"))
			.isEqualTo(new Utdrag("… 7,7 mill. kroner til Senteret for et aldersvennlig Norge til senterets arbeid med et "
					+ "aldersvennlig samfunn og oppfølging av ", "Bo trygt hjemme-reformen", " …"));
	}

	private static LetterDraft utkast(String brev) throws IOException {
		try (InputStream inn = TittelnevningerEkteBrevTest.class.getResourceAsStream("/seeds/" + brev)) {
			return new LetterParser().parse(new String(inn.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> nevnte(String brev) throws IOException {
		LetterDraft utkast = utkast(brev);
		List<Tittelnevninger.Tittel> titler = utkast.assignments().stream()
			// the 2020 letter's assignments have no ids («ID: Fylles inn av HDIR»): the title stands in
			.map(a -> new Tittelnevninger.Tittel(a.id() != null ? a.id() : a.title(), a.title()))
			.toList();
		assertThat(titler).as("the letter's assignments").hasSizeGreaterThan(10);
		List<String> nevnte = new ArrayList<>();
		utkast.budgetLines().forEach(linje -> {
			var ider = Tittelnevninger.nevnte(linje.comment(), titler);
			if (!ider.isEmpty()) {
				nevnte.add(linje.chapter() + "." + linje.post() + " " + ider);
			}
		});
		return nevnte;
	}
}
