package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.oppdrag.OppdragImport.ImportDiff;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;
import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.admin;
import static no.hod.styringsregister.oppdrag.internal.OppdragTestdata.klarert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@AutoConfigureMockMvc
class OppdragImportTests {

	@Autowired
	OppdragImport oppdragImport;

	@Autowired
	OppdragQueries queries;

	@Autowired
	OppdragArbeidsflyt arbeidsflyt;

	@Autowired
	OrganisasjonService organisasjon;

	@Autowired
	JdbcTemplate jdbc;

	long hdir() {
		return organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
	}

	List<OppdragSummary> liste(int aar) {
		return queries.search(OppdragFilter.alle().medAar(aar), klarert());
	}

	int historikk(int aar) {
		return jdbc.queryForObject("SELECT count(*) FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.aar = ?", Integer.class, aar);
	}

	@Test
	void firstImportAddsEveryAssignmentAsNotStartedWithKeysAndShownIds() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		ImportDiff diff = oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));

		assertThat(diff.added()).isEqualTo(5);
		assertThat(diff.changed() + diff.removed() + diff.unchanged()).isZero();
		List<OppdragSummary> liste = liste(aar);
		// Natural order: TB<aar>-10 after -3; the one without an official id shows its key, O-<aar>-0001..
		assertThat(liste).extracting(OppdragSummary::id).containsExactly("O-" + aar + "-0005", "TB" + aar + "-1",
				"TB" + aar + "-2", "TB" + aar + "-3", "TB" + aar + "-10");
		assertThat(liste).allSatisfy(o -> assertThat(o.status()).isEqualTo(OppdragStatus.IKKE_STARTET));
		assertThat(liste).extracting(OppdragSummary::nokkel).doesNotHaveDuplicates()
			.allSatisfy(n -> assertThat(n).matches("O-" + aar + "-\\d{4}"));
		OppdragSummary ti = liste.get(4);
		assertThat(ti.hodAvdelinger()).containsExactly("FHA", "KTA");
		assertThat(ti.frister()).containsExactly(LocalDate.of(aar, 4, 15), LocalDate.of(aar, 11, 1));
		assertThat(ti.seksjon()).isEqualTo("3.1");
		assertThat(ti.brevId()).isEqualTo(brev);
		assertThat(ti.etat()).isEqualTo("Helsedirektoratet");
		assertThat(historikk(aar)).isEqualTo(5);
	}

	@Test
	void reimportOfTheSameLetterWritesNothing() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		List<Long> versjoner = liste(aar).stream().map(OppdragSummary::versjon).toList();

		ImportDiff sammenlignet = oppdragImport.compare(brev, HemmeligBrev.oppdrag(aar));
		ImportDiff diff = oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));

		assertThat(sammenlignet.unchanged()).isEqualTo(5);
		assertThat(diff.unchanged()).isEqualTo(5);
		assertThat(diff.added() + diff.changed() + diff.removed()).isZero();
		assertThat(liste(aar).stream().map(OppdragSummary::versjon).toList()).isEqualTo(versjoner);
		assertThat(historikk(aar)).isEqualTo(5);
	}

	@Test
	void reimportUpdatesChangedMarksMissingAsRemovedAddsNewAndKeepsStatusAndRouting() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		long divisjon = organisasjon.divisjoner(hdir()).get(0).id();
		arbeidsflyt.rute(List.of("TB" + aar + "-1"), divisjon, null, admin());
		OppdragSummary foer = queries.find("TB" + aar + "-1", klarert()).orElseThrow();
		arbeidsflyt.endreStatus("TB" + aar + "-1",
				new StatusEndring(OppdragStatus.PAAGAAR, "Godt i gang", null, null, foer.versjon()), admin());

		List<OppdragData> ny = new ArrayList<>(HemmeligBrev.oppdrag(aar));
		OppdragData en = ny.get(0);
		ny.set(0, new OppdragData(en.offisiellId(), en.seksjon(), en.seksjonTittel(), en.hodAvdelinger(),
				"Nasjonalt vaksinasjonsprogram for barn og unge", en.deler(), List.of(LocalDate.of(aar, 8, 31)),
				en.fristTekst(), en.unntak(), en.referanser(), en.budsjettrefs()));
		ny.remove(1); // TB-2 is gone from the new version
		// Without an official id: matched by section and title, though spelled with other case and spacing.
		OppdragData uten = ny.get(3);
		ny.set(3, new OppdragData(null, uten.seksjon(), uten.seksjonTittel(), uten.hodAvdelinger(),
				"Kompetanseløft  i Kommunene", uten.deler(), uten.frister(), uten.fristTekst(), uten.unntak(),
				uten.referanser(), uten.budsjettrefs()));
		ny.add(new OppdragData("TB" + aar + "-11", "3.3", "Nytt", List.of("DIG"), "Digital hjemmeoppfølging",
				List.of(new Tekstdel("Ny tekst.", false)), List.of(), null, Unntak.NONE, List.of(), List.of()));

		ImportDiff diff = oppdragImport.apply(brev, aar, hdir(), ny);

		assertThat(diff.added()).isEqualTo(1);
		assertThat(diff.changed()).isEqualTo(2); // TB-1 and the title-matched one (title spelling changed)
		assertThat(diff.removed()).isEqualTo(1);
		assertThat(diff.unchanged()).isEqualTo(2);
		assertThat(diff.endringer()).anySatisfy(e -> {
			assertThat(e.type()).isEqualTo("CHANGED");
			assertThat(e.nokkel()).isEqualTo("TB" + aar + "-1");
			assertThat(e.felter()).containsExactly("tittel", "frister");
		});
		OppdragSummary etter = queries.find("TB" + aar + "-1", klarert()).orElseThrow();
		assertThat(etter.tittel()).isEqualTo("Nasjonalt vaksinasjonsprogram for barn og unge");
		assertThat(etter.status()).isEqualTo(OppdragStatus.PAAGAAR);
		assertThat(etter.divisjonId()).isEqualTo(divisjon);
		assertThat(etter.nokkel()).isEqualTo(foer.nokkel());
		assertThat(liste(aar)).extracting(OppdragSummary::id).doesNotContain("TB" + aar + "-2")
			.contains("TB" + aar + "-11", "O-" + aar + "-0005");
		assertThat(queries.find("TB" + aar + "-11", klarert()).orElseThrow().status())
			.isEqualTo(OppdragStatus.IKKE_STARTET);
		// Removed softly: the row and its history are still there.
		Map<String, Object> fjernet = jdbc.queryForMap("SELECT fjernet, (SELECT count(*) FROM oppdrag_historikk h "
				+ "WHERE h.oppdrag_id = o.id AND h.type = 'FJERNET') AS rader FROM oppdrag o WHERE offisiell_id = ?",
				"TB" + aar + "-2");
		assertThat(fjernet).containsEntry("fjernet", true).containsEntry("rader", 1L);
		List<Map<String, Object>> tittelendring = jdbc.queryForList("SELECT fra, til FROM oppdrag_historikk h "
				+ "JOIN oppdrag o ON o.id = h.oppdrag_id WHERE o.offisiell_id = ? AND h.felt = 'tittel'", "TB" + aar + "-1");
		assertThat(tittelendring).singleElement().satisfies(r -> {
			assertThat(r.get("fra")).isEqualTo("Nasjonalt vaksinasjonsprogram for barn");
			assertThat(r.get("til")).isEqualTo("Nasjonalt vaksinasjonsprogram for barn og unge");
		});

		// Back in the next version: the same row returns, with its key.
		ImportDiff tilbake = oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		assertThat(tilbake.endringer()).anySatisfy(e -> {
			assertThat(e.nokkel()).isEqualTo("TB" + aar + "-2");
			assertThat(e.felter()).contains("fjernet");
		});
		assertThat(liste(aar)).extracting(OppdragSummary::id).contains("TB" + aar + "-2");
	}

	@Test
	void comparePreviewsWithoutWritingAndHidesWhollyExemptTitlesFromUnclearedUsers() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		ImportDiff diff = oppdragImport.compare(brev, HemmeligBrev.oppdrag(aar));
		assertThat(diff.added()).isEqualTo(5);
		assertThat(liste(aar)).isEmpty();
		// Nobody is signed in here: no clearance, so the exempt title is the placeholder.
		assertThat(diff.endringer()).extracting(OppdragImport.Endring::tittel).contains(OppdragQueries.UNNTATT)
			.noneMatch(t -> t.contains(HemmeligBrev.HEMMELIG_TITTEL));
	}

	@Test
	void historyIsAppendOnly() {
		int aar = OppdragTestdata.nyttAar();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, hdir(), HemmeligBrev.oppdrag(aar));
		assertThatThrownBy(() -> jdbc.update("UPDATE oppdrag_historikk SET notat = 'x' WHERE oppdrag_id IN "
				+ "(SELECT id FROM oppdrag WHERE aar = ?)", aar)).hasMessageContaining("kan ikke endres");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM oppdrag_historikk WHERE oppdrag_id IN "
				+ "(SELECT id FROM oppdrag WHERE aar = ?)", aar)).hasMessageContaining("kan ikke endres");
	}

	@Test
	void anAssignmentWithoutTitleIsRefusedInNorwegian() {
		OppdragData uten = new OppdragData("TB1-1", null, null, List.of(), " ", List.of(), List.of(), null,
				Unntak.NONE, List.of(), List.of());
		assertThatThrownBy(() -> oppdragImport.apply(OppdragTestdata.nyttBrev(), 2001, hdir(), List.of(uten)))
			.hasMessage("Oppdraget TB1-1 mangler tittel.");
	}
}
