package no.hod.styringsregister.instrukser;

import static no.hod.styringsregister.instrukser.InstruksFixtur.hdirAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.web.Formats;

/**
 * What a desk officer reads when comparing two amendments of the Helsedirektoratet seed instruction and searching
 * them: the unchanged sections folded, the changes open in place and marked for screen readers, and each hit named by
 * its version's status, superseded versions left out unless asked for. Each test writes under an agency of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InstruksEndringerOgSokTests extends InstruksTestoppsett {

	/** A sentence of the seed that the amendment rewords; it names the section that changes. */
	private static final String FOER = "veiledere og kvalitetsindikatorer fastsatt";

	private static final String ETTER = "veiledere, kvalitetsindikatorer og KI-retningslinjer fastsatt";

	/** A section of the comparison: how it is shown, its type and number. */
	private record Vist(String element, String type, boolean open, String nummer) {
	}

	private static final Pattern SEKSJON = Pattern.compile("<(details|div) class=\"instr-endring instr-endring-(\\w+)\""
			+ "( open)?[^>]*>\\s*<(?:summary|h3)><span class=\"instr-nummer\">([^<]+)</span>");

	@Test
	void theComparisonFoldsTheUnchangedSectionsAndShowsTheChangeInPlaceMarkedForScreenReaders() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		String original = hdirAs(agency);
		String endret = original.replace("justert 20. mai 2019", "justert 3. mars 2026").replace(FOER, ETTER);
		assertThat(endret).contains(ETTER);
		fixtur.importAsAdmin("v1.txt", original.getBytes(StandardCharsets.UTF_8));
		fixtur.importAsAdmin("v2.txt", endret.getBytes(StandardCharsets.UTF_8));
		List<InstruksVersjon> versjoner = instrukser.versjoner(etat);
		long ny = versjoner.get(0).id();
		long gammel = versjoner.get(1).id();
		// The sections as stored, and the one the reworded sentence is in (the text may be wrapped anywhere).
		List<InstruksPunkt> punkter = instrukser.punkter(gammel);
		List<String> endrede = punkter.stream().filter(p -> p.tekst().replaceAll("\\s+", " ").contains(FOER))
			.map(InstruksPunkt::nummer).toList();
		assertThat(endrede).hasSize(1);
		int uendrede = punkter.size() - 1;
		assertThat(uendrede).isPositive();

		String page = fixtur.page("/instrukser/sammenlign?fra=" + gammel + "&til=" + ny);

		assertThat(page).contains("1 endret, 0 lagt til, 0 fjernet, " + uendrede + " uendret.");
		// Every section in the instruction's order: the unchanged ones closed, the changed one open as a section.
		List<Vist> vist = new ArrayList<>();
		Matcher m = SEKSJON.matcher(page);
		while (m.find()) {
			vist.add(new Vist(m.group(1), m.group(2), m.group(3) != null, m.group(4)));
		}
		assertThat(vist).extracting(Vist::nummer).containsExactlyElementsOf(punkter.stream().map(InstruksPunkt::nummer)
			.toList());
		for (Vist seksjon : vist) {
			boolean endretPunkt = endrede.contains(seksjon.nummer());
			assertThat(seksjon.element()).as(seksjon.nummer()).isEqualTo(endretPunkt ? "div" : "details");
			assertThat(seksjon.type()).as(seksjon.nummer()).isEqualTo(endretPunkt ? "endret" : "uendret");
			assertThat(seksjon.open()).as(seksjon.nummer()).isFalse();
		}

		// Each deleted and inserted run starts and ends with words a screen reader reads, hidden from sight.
		assertThat(antall(page, "<del>")).isPositive()
			.isEqualTo(antall(page, "<del><span class=\"skjult\">slettet: </span>"))
			.isEqualTo(antall(page, "<span class=\"skjult\"> slutt på slettet</span></del>"));
		assertThat(antall(page, "<ins>")).isPositive()
			.isEqualTo(antall(page, "<ins><span class=\"skjult\">satt inn: </span>"))
			.isEqualTo(antall(page, "<span class=\"skjult\"> slutt på satt inn</span></ins>"));
		assertThat(page).containsPattern("<ins><span class=\"skjult\">satt inn: </span>[^<]*KI-retningslinjer[^<]*"
				+ "<span class=\"skjult\"> slutt på satt inn</span></ins>");
	}

	@Test
	void searchHitsNameTheirVersionsStatusAndLeaveOutTheSupersededUnlessAskedFor() throws Exception {
		String agency = fixtur.newAgency();
		long etat = organisasjon.etatByName(agency).orElseThrow().id();
		// Words of this test's own. The first twice in the older version, so that ranks its section first by the words
		// alone; the second in the older version only.
		String ord = "sjeldord" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String gammeltOrd = "gammelord" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String gammelTekst = ord + " og " + ord + " og " + gammeltOrd;
		String original = hdirAs(agency)
			.replace("Formålet med instruksen er", "Formålet med instruksen om " + gammelTekst + " er");
		String endret = original.replace("justert 20. mai 2019", "justert 3. mars 2026").replace(gammelTekst, ord);
		assertThat(original).contains(gammelTekst);
		assertThat(endret).contains(ord).doesNotContain(gammeltOrd);
		fixtur.importAsAdmin("v1.txt", original.getBytes(StandardCharsets.UTF_8));
		fixtur.importAsAdmin("v2.txt", endret.getBytes(StandardCharsets.UTF_8));
		long gjeldende = instrukser.gjeldende(etat, LocalDate.now(Formats.OSLO)).orElseThrow().id();
		List<Long> erstattede = instrukser.versjoner(etat).stream().map(InstruksVersjon::id)
			.filter(id -> id != gjeldende).toList();
		assertThat(erstattede).hasSize(1);
		long erstattet = erstattede.get(0);

		// By default the version in force only, and what was left out, with the way to it.
		String side = fixtur.page("/instrukser/sok?q=" + ord);
		assertThat(side).contains("1 treff for «" + ord + "»", "1 treff i erstattede versjoner vises ikke.",
				"href=\"/instrukser/sok?q=" + ord + "&amp;erstattede=true\">Vis også treff i erstattede versjoner</a>")
			.doesNotContain("/instrukser/" + erstattet + "#");
		assertThat(treff(side)).singleElement().satisfies(t -> assertThat(t)
			.contains("/instrukser/" + gjeldende + "#", "<span class=\"merkelapp\">Gjeldende</span>"));
		assertThat(side).doesNotContainPattern("id=\"erstattede\"[^>]*checked");

		// Asked for: both, the one in force first although the superseded text ranks higher, each labelled.
		String alle = fixtur.page("/instrukser/sok?erstattede=true&q=" + ord);
		assertThat(alle).contains("2 treff for «" + ord + "»").doesNotContain("vises ikke")
			.containsPattern("id=\"erstattede\"[^>]*checked");
		assertThat(treff(alle)).satisfiesExactly(
				t -> assertThat(t).contains("/instrukser/" + gjeldende + "#", "<span class=\"merkelapp\">Gjeldende</span>"),
				t -> assertThat(t).contains("/instrukser/" + erstattet + "#",
						"<span class=\"merkelapp instr-merkelapp-dempet\">Erstattet</span>"));

		// A word in the superseded version only: no hit shown, and the page says where it is.
		String bareGammel = fixtur.page("/instrukser/sok?q=" + gammeltOrd);
		assertThat(bareGammel).contains("Ingen treff for «" + gammeltOrd + "» i versjonene som gjelder nå eller skal "
				+ "gjelde.", "1 treff i erstattede versjoner vises ikke.").doesNotContain("<ol class=\"instr-treff\">");
	}

	/** The hits of a search page, in order. */
	private static List<String> treff(String side) {
		String liste = side.substring(side.indexOf("<ol class=\"instr-treff\">"), side.indexOf("</ol>"));
		List<String> treff = new ArrayList<>();
		Matcher m = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(liste);
		while (m.find()) {
			treff.add(m.group(1));
		}
		return treff;
	}

	private static int antall(String tekst, String del) {
		return tekst.split(Pattern.quote(del), -1).length - 1;
	}
}
