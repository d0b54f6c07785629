package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import no.hod.styringsregister.organisasjon.Enhet;
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

		ImportDiff sammenlignet = oppdragImport.compare(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
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
		// Its page still opens; a change to it is refused saying it was taken out, not that it does not exist.
		assertThatThrownBy(() -> arbeidsflyt.kommenter("TB" + aar + "-2", "For sent", false, klarert()))
			.isInstanceOf(Nektet.class).hasMessage(OppdragArbeidsflyt.FJERNET);
		assertThatThrownBy(() -> arbeidsflyt.kommenter("TB" + aar + "-999", "Finnes ikke", false, klarert()))
			.isInstanceOf(IkkeFunnet.class);
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
		ImportDiff diff = oppdragImport.compare(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
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

	@Test
	void anIdAnotherAgencysLetterOfTheSameYearHasIsRefusedNamingThatAgency() {
		int aar = OppdragTestdata.nyttAar();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, hdir(), HemmeligBrev.oppdrag(aar));
		long tilsyn = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		String id = "TB" + aar + "-1";

		assertThat(oppdragImport.idIBrukAvAndre(-1, List.of(id))).singleElement()
			.satisfies(i -> assertThat(i.eier())
				.isEqualTo("oppdrag " + id + " i tildelingsbrevet for " + aar + " til Helsedirektoratet"));
		assertThatThrownBy(() -> oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, tilsyn,
				List.of(HemmeligBrev.oppdrag(aar).get(0))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Id-en " + id + " tilhører oppdrag " + id + " i tildelingsbrevet for " + aar
					+ " til Helsedirektoratet.");
	}

	@Test
	void compareTakesWhateverAParserCanProduceAndApplyNeedsATitle() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		List<OppdragData> ny = new ArrayList<>(HemmeligBrev.oppdrag(aar));
		// No title, no id, empty and blank parts, nulls where lists and values should be, and inside the lists.
		List<String> medNull = new ArrayList<>(java.util.Arrays.asList(" FHA ", null, ""));
		List<LocalDate> datoer = new ArrayList<>(java.util.Arrays.asList(LocalDate.of(aar, 5, 1), null));
		ny.add(new OppdragData(null, "3.3", null, medNull, "",
				List.of(new Tekstdel("", false), new Tekstdel("  ", true), new Tekstdel(null, false)), datoer, " ", null,
				medNull, null));
		ny.add(new OppdragData(" ", null, " ", null, null, null, null, null, null, null, null));
		// Without a title under the section of an assignment without an id: not matched to it by an empty title.
		ny.add(new OppdragData(null, "2.1", null, List.of(), " ", List.of(), List.of(), null, Unntak.NONE, List.of(),
				List.of()));

		ImportDiff diff = oppdragImport.compare(brev, aar, hdir(), ny);
		assertThat(diff.added()).isEqualTo(3);
		assertThat(diff.unchanged()).isEqualTo(5);
		assertThat(diff.endringer()).filteredOn(e -> e.type().equals("ADDED")).extracting(OppdragImport.Endring::tittel)
			.containsOnlyNulls();
		assertThatThrownBy(() -> oppdragImport.apply(brev, aar, hdir(), ny)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Oppdraget mangler tittel.");

		// With titles, the rest is taken as it is cleaned.
		List<OppdragData> medTitler = ny.stream().map(d -> d.tittel() != null && !d.tittel().isBlank() ? d
				: new OppdragData(d.offisiellId(), d.seksjon(), d.seksjonTittel(), d.hodAvdelinger(), "Med tittel",
						d.deler(), d.frister(), d.fristTekst(), d.unntak(), d.referanser(), d.budsjettrefs()))
			.toList();
		assertThat(oppdragImport.apply(brev, aar, hdir(), medTitler).added()).isEqualTo(3);
		assertThat(jdbc.queryForList("SELECT array_to_string(hod_avdelinger, ',') FROM oppdrag WHERE brev_id = ? "
				+ "AND seksjon = '3.3' AND tittel = 'Med tittel'", String.class, brev)).containsExactly("FHA");
	}

	@Test
	void aMovedDeadlineWhosePhraseMovedWithItIsOneChangeAndOneHistoryRow() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		List<OppdragData> ny = new ArrayList<>(HemmeligBrev.oppdrag(aar));
		OppdragData en = ny.get(0);
		ny.set(0, new OppdragData(en.offisiellId(), en.seksjon(), en.seksjonTittel(), en.hodAvdelinger(), en.tittel(),
				en.deler(), List.of(LocalDate.of(aar, 8, 31)), "31. august " + aar, en.unntak(), en.referanser(),
				en.budsjettrefs()));
		// From a phrase to a date: the phrase is what showed before, so it is a change of its own.
		OppdragData uten = ny.get(4);
		ny.set(4, new OppdragData(uten.offisiellId(), uten.seksjon(), uten.seksjonTittel(), uten.hodAvdelinger(),
				uten.tittel(), uten.deler(), List.of(LocalDate.of(aar, 3, 1)), "1. mars " + aar, uten.unntak(),
				uten.referanser(), uten.budsjettrefs()));

		ImportDiff diff = oppdragImport.apply(brev, aar, hdir(), ny);

		assertThat(diff.endringer()).filteredOn(e -> ("TB" + aar + "-1").equals(e.nokkel())).singleElement()
			.satisfies(e -> {
				assertThat(e.felter()).containsExactly("frister");
				assertThat(e.verdier()).singleElement().satisfies(v -> {
					assertThat(v.fra()).isEqualTo("30. juni " + aar);
					assertThat(v.til()).isEqualTo("31. august " + aar);
				});
			});
		assertThat(diff.endringer()).filteredOn(e -> "Kompetanseløft i kommunene".equals(e.tittel()))
			.singleElement().satisfies(e -> assertThat(e.felter()).containsExactly("frister", "frist_tekst"));
		assertThat(jdbc.queryForList("SELECT h.felt FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id "
				+ "WHERE o.offisiell_id = ? AND h.type = 'IMPORT'", String.class, "TB" + aar + "-1"))
			.containsExactly("frister");
		// The phrase is stored all the same.
		assertThat(jdbc.queryForObject("SELECT frist_tekst FROM oppdrag WHERE offisiell_id = ?", String.class,
				"TB" + aar + "-1")).isEqualTo("31. august " + aar);
	}

	@Test
	void aChangedTextIsShownByTheWordsThatChangedAndNeverByItsExemptPartsWithoutClearance() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		List<OppdragData> ny = new ArrayList<>(HemmeligBrev.oppdrag(aar));
		// TB-2: a public word added, and the exempt part changed.
		OppdragData to = ny.get(1);
		ny.set(1, new OppdragData(to.offisiellId(), to.seksjon(), to.seksjonTittel(), to.hodAvdelinger(), to.tittel(),
				List.of(new Tekstdel("Helsedirektoratet skal kartlegge helsetilbudet i alle fengsler.", false),
						new Tekstdel("Det skal vurderes om " + HemmeligBrev.HEMMELIG_DEL + " og " + HemmeligBrev.HEMMELIG_TEKST
								+ " kan serveres i alle fengsler.", true)),
				to.frister(), to.fristTekst(), to.unntak(), to.referanser(), to.budsjettrefs()));
		// TB-10: only a sentence of a public text.
		OppdragData ti = ny.get(3);
		ny.set(3, new OppdragData(ti.offisiellId(), ti.seksjon(), ti.seksjonTittel(), ti.hodAvdelinger(), ti.tittel(),
				List.of(new Tekstdel("Følge opp arbeidet, jf. TB" + aar + "-1. Rapportere i årsrapporten.", false)),
				ti.frister(), ti.fristTekst(), ti.unntak(), ti.referanser(), ti.budsjettrefs()));
		// TB-3, exempt in whole: its change is named without values.
		OppdragData tre = ny.get(2);
		ny.set(2, new OppdragData(tre.offisiellId(), tre.seksjon(), tre.seksjonTittel(), tre.hodAvdelinger(),
				tre.tittel(), List.of(new Tekstdel("Lageret skal ha mer " + HemmeligBrev.HEMMELIG_TEKST + ".", true)),
				tre.frister(), tre.fristTekst(), tre.unntak(), tre.referanser(), tre.budsjettrefs()));

		// Nobody signed in: no clearance.
		ImportDiff diff = oppdragImport.compare(brev, aar, hdir(), ny);

		assertThat(tekst(diff, "TB" + aar + "-10")).isEqualTo(new OppdragImport.Verdiendring("tekst",
				"Følge opp arbeidet, jf. TB" + aar + "-1.", "Følge opp arbeidet, jf. TB" + aar
						+ "-1. Rapportere i årsrapporten."));
		OppdragImport.Verdiendring fengsler = tekst(diff, "TB" + aar + "-2");
		assertThat(fengsler.fra()).isEqualTo("Helsedirektoratet skal kartlegge helsetilbudet i fengsler. ["
				+ OppdragQueries.UNNTATT + "]");
		assertThat(fengsler.til()).isEqualTo("Helsedirektoratet skal kartlegge helsetilbudet i alle fengsler. ["
				+ OppdragQueries.UNNTATT + "]");
		assertThat(diff.endringer()).filteredOn(e -> ("TB" + aar + "-3").equals(e.nokkel())).singleElement()
			.satisfies(e -> assertThat(e.verdier()).isEmpty());
		assertThat(diff.endringer().toString()).doesNotContain(HemmeligBrev.HEMMELIG_DEL)
			.doesNotContain(HemmeligBrev.HEMMELIG_TEKST).doesNotContain(HemmeligBrev.HEMMELIG_TITTEL);

		// Only the exempt part changed: the excerpt says no more than that.
		ny.set(1, new OppdragData(to.offisiellId(), to.seksjon(), to.seksjonTittel(), to.hodAvdelinger(), to.tittel(),
				List.of(to.deler().get(0), new Tekstdel("Det skal vurderes om " + HemmeligBrev.HEMMELIG_TEKST
						+ " kan serveres.", true)),
				to.frister(), to.fristTekst(), to.unntak(), to.referanser(), to.budsjettrefs()));
		OppdragImport.Verdiendring unntatt = tekst(oppdragImport.compare(brev, aar, hdir(), ny), "TB" + aar + "-2");
		assertThat(unntatt.fra()).isEqualTo("[" + OppdragQueries.UNNTATT + "]").isEqualTo(unntatt.til());
	}

	@Test
	void theSameWordsBrokenIntoOtherParagraphsAreNoChangeAndTheDiffSaysWhich() {
		int aar = OppdragTestdata.nyttAar();
		long brev = OppdragTestdata.nyttBrev();
		oppdragImport.apply(brev, aar, hdir(), HemmeligBrev.oppdrag(aar));
		List<Long> versjoner = liste(aar).stream().map(OppdragSummary::versjon).toList();
		int historikk = historikk(aar);
		List<OppdragData> ny = new ArrayList<>(HemmeligBrev.oppdrag(aar));
		// TB-1: its two paragraphs as one, as a PDF without gaps between them reads.
		ny.set(0, medDeler(ny.get(0), List.of(new Tekstdel("Helsedirektoratet skal gjennomgå programmet og foreslå "
				+ "endringer.\n1. Vurdere nye vaksiner. 2. Vurdere nytt vaksinasjonsregister.", false))));
		// TB-2: the public paragraph broken in two, the exempt part as it was.
		OppdragData to = ny.get(1);
		ny.set(1, medDeler(to, List.of(new Tekstdel("Helsedirektoratet skal kartlegge", false),
				new Tekstdel("helsetilbudet i fengsler.", false), to.deler().get(1))));

		ImportDiff diff = oppdragImport.compare(brev, aar, hdir(), ny);

		assertThat(diff.changed()).isZero();
		assertThat(diff.unchanged()).isEqualTo(5);
		assertThat(diff.endringer()).filteredOn(OppdragImport.Endring::bareAvsnitt).extracting(OppdragImport.Endring::nokkel)
			.containsExactly("TB" + aar + "-1", "TB" + aar + "-2");
		assertThat(diff.endringer()).allSatisfy(e -> assertThat(e.felter()).isEmpty());
		// Nothing written: the register keeps its paragraphs, versions and history.
		oppdragImport.apply(brev, aar, hdir(), ny);
		assertThat(liste(aar).stream().map(OppdragSummary::versjon).toList()).isEqualTo(versjoner);
		assertThat(historikk(aar)).isEqualTo(historikk);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM oppdrag_del d JOIN oppdrag o ON o.id = d.oppdrag_id "
				+ "WHERE o.offisiell_id = ?", Integer.class, "TB" + aar + "-1")).isEqualTo(2);

		// The same words with a public sentence now marked exempt: a change, and a cleared reader is told it lies in
		// what is exempt; were only the paragraphs other, the excerpt would say that instead, never the former.
		ny.set(1, medDeler(to, List.of(new Tekstdel(to.deler().get(0).tekst(), true), to.deler().get(1))));
		assertThat(oppdragImport.compare(brev, aar, hdir(), ny).endringer())
			.filteredOn(e -> ("TB" + aar + "-2").equals(e.nokkel()))
			.singleElement().satisfies(e -> {
				assertThat(e.felter()).contains("tekst");
				assertThat(e.bareAvsnitt()).isFalse();
			});
		List<Tekstdel> foer = HemmeligBrev.oppdrag(aar).get(1).deler();
		assertThat(Tekstutdrag.av(foer, ny.get(1).deler(), true).fra())
			.isEqualTo("(samme tekst; det som er unntatt offentlighet, er endret)");
		List<Tekstdel> omdelt = List.of(new Tekstdel("Helsedirektoratet skal kartlegge", false),
				new Tekstdel("helsetilbudet i fengsler.", false), foer.get(1));
		assertThat(Tekstutdrag.av(foer, omdelt, true))
			.isEqualTo(new Tekstutdrag.Utdrag("(samme tekst; bare delt i avsnitt på en annen måte)",
					"(samme tekst; bare delt i avsnitt på en annen måte)"));
	}

	@Test
	void anAddedAssignmentCitingAnEarlierOpenRoutedOneIsRoutedAsThatOneAtImportUnlessDeclinedAndTheReviewSaysSo() {
		int aar = OppdragTestdata.nyttAar();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, hdir(), HemmeligBrev.oppdrag(aar));
		Enhet divisjon = organisasjon.divisjoner(hdir()).get(0);
		Enhet annen = organisasjon.divisjoner(hdir()).get(1);
		String tb = "TB" + aar + "-";
		arbeidsflyt.rute(List.of(tb + "1", tb + "2"), divisjon.id(), null, admin());
		arbeidsflyt.rute(List.of(tb + "10"), annen.id(), null, admin());
		long versjon = queries.find(tb + "2", klarert()).orElseThrow().versjon();
		arbeidsflyt.endreStatus(tb + "2", new StatusEndring(OppdragStatus.FULLFORT, null, null, null, versjon), admin());

		int neste = aar + 1;
		String nb = "TB" + neste + "-";
		List<OppdragData> brev = List.of(
				// Cites two: the first routed one decides.
				sitatoppdrag(nb + "1", Unntak.NONE, neste, tb + "1", tb + "10"),
				// Cites one that is finished.
				sitatoppdrag(nb + "2", Unntak.NONE, neste, tb + "2"),
				// Cites one of its own letter, of the same year.
				sitatoppdrag(nb + "3", Unntak.NONE, neste, nb + "1"),
				// Wholly exempt: which one it cites is in its exempt text.
				sitatoppdrag(nb + "4", Unntak.WHOLE, neste, tb + "10"),
				// Cites a routed one too, but the admin declines the routing.
				sitatoppdrag(nb + "5", Unntak.NONE, neste, tb + "1"));
		long brevId = OppdragTestdata.nyttBrev();

		ImportDiff forhandsvist = oppdragImport.compare(brevId, neste, hdir(), brev);
		assertThat(forhandsvist.endringer()).extracting(e -> e.nokkel() + ": " + e.foreslattDivisjon() + " som "
				+ e.foreslattSom())
			.containsExactly(nb + "1: " + divisjon.navn() + " som " + tb + "1", nb + "2: null som null",
					nb + "3: null som null", nb + "4: " + annen.navn() + " som null",
					nb + "5: " + divisjon.navn() + " som " + tb + "1");
		// Each by its position in the letter, by which a routing is declined.
		assertThat(forhandsvist.endringer()).extracting(e -> e.nokkel() + " " + e.posisjon())
			.containsExactly(nb + "1 0", nb + "2 1", nb + "3 2", nb + "4 3", nb + "5 4");
		// Another agency's letter takes nothing from Helsedirektoratet's routing.
		long htil = organisasjon.etatByName("Statens helsetilsyn").orElseThrow().id();
		assertThat(oppdragImport.compare(brevId, neste, htil, brev).endringer())
			.allSatisfy(e -> assertThat(e.foreslattDivisjon()).isNull());

		// NB-5's proposal declined; NB-3 has none to decline, so naming it routes nothing.
		ImportDiff importert = oppdragImport.apply(brevId, neste, hdir(), brev, Set.of(2, 4));
		assertThat(queries.find(nb + "1", klarert()).orElseThrow().divisjonId()).isEqualTo(divisjon.id());
		assertThat(queries.find(nb + "4", klarert()).orElseThrow().divisjonId()).isEqualTo(annen.id());
		assertThat(queries.find(nb + "2", klarert()).orElseThrow().divisjonId()).isNull();
		assertThat(queries.find(nb + "3", klarert()).orElseThrow().divisjonId()).isNull();
		assertThat(queries.find(nb + "5", klarert()).orElseThrow().divisjonId()).isNull();
		assertThat(ruting(nb + "5")).isEmpty();
		// The answer tells what the import did: no division for the one declined.
		assertThat(importert.endringer()).extracting(e -> e.nokkel() + ": " + e.foreslattDivisjon())
			.contains(nb + "1: " + divisjon.navn(), nb + "5: null");
		assertThat(ruting(nb + "1")).containsExactly("divisjon: null → " + divisjon.navn() + " («Følger rutingen av "
				+ tb + "1, som det viser til»)");

		// The same letter again adds nothing, so routes nothing again; a routing made since stands.
		arbeidsflyt.rute(List.of(nb + "1"), annen.id(), null, admin());
		oppdragImport.apply(brevId, neste, hdir(), brev);
		assertThat(queries.find(nb + "1", klarert()).orElseThrow().divisjonId()).isEqualTo(annen.id());
		assertThat(ruting(nb + "1")).hasSize(2);
	}

	private List<String> ruting(String id) {
		return jdbc.queryForList("""
				SELECT h.felt || ': ' || coalesce(h.fra, 'null') || ' → ' || h.til
				    || coalesce(' («' || h.notat || '»)', '')
				FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
				WHERE o.visnings_id = ? AND h.type = 'RUTING' ORDER BY h.id""", String.class, id);
	}

	private static OppdragData sitatoppdrag(String id, Unntak unntak, int aar, String... siterer) {
		return new OppdragData(id, "4.1", "Videre arbeid", List.of("FHA"), "Videre arbeid med " + id,
				List.of(new Tekstdel("Arbeidet fortsetter, jf. " + String.join(" og ", siterer) + ".",
						unntak == Unntak.WHOLE)),
				List.of(LocalDate.of(aar, 6, 30)), "30. juni " + aar, unntak, List.of(siterer), List.of());
	}

	private static OppdragData medDeler(OppdragData d, List<Tekstdel> deler) {
		return new OppdragData(d.offisiellId(), d.seksjon(), d.seksjonTittel(), d.hodAvdelinger(), d.tittel(), deler,
				d.frister(), d.fristTekst(), d.unntak(), d.referanser(), d.budsjettrefs());
	}

	private static OppdragImport.Verdiendring tekst(ImportDiff diff, String id) {
		return diff.endringer().stream().filter(e -> id.equals(e.nokkel())).findFirst().orElseThrow().verdier().stream()
			.filter(v -> v.felt().equals("tekst")).findFirst().orElseThrow();
	}
}
