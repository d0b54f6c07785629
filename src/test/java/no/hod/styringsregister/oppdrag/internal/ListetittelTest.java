package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed list's line names every choice the left-out filter form held, with the app's own messages. */
class ListetittelTest {

	private static final List<Etat> ETATER = List.of(new Etat(1, "Helsedirektoratet", "Hdir"));

	private static final Enhet FOLKEHELSE = new Enhet(10, 1, null, Enhet.Type.DIVISJON, "Divisjon folkehelse", null,
			null, true);

	private static final Enhet LEVEVANER = new Enhet(11, 1, 10L, Enhet.Type.AVDELING, "Avdeling levevaner", null, null,
			true);

	private static final List<OppdragLeser.Brev> BREV = List.of(new OppdragLeser.Brev(7, 2025, "Helsedirektoratet"));

	private final Listetittel tittel = new Listetittel(meldinger(), new Formats());

	private static ResourceBundleMessageSource meldinger() {
		ResourceBundleMessageSource kilde = new ResourceBundleMessageSource();
		kilde.setBasenames("messages", "i18n/oppdrag");
		kilde.setDefaultEncoding("UTF-8");
		kilde.setFallbackToSystemLocale(false);
		return kilde;
	}

	private String utskrift(OppdragFilter filter) {
		return tittel.utskrift(filter, ETATER, Map.of(10L, "Divisjon folkehelse"), BREV,
				Map.of(FOLKEHELSE, List.of(LEVEVANER)), new OppdragLeser.Side(0, 0, 50, List.of(), Map.of()));
	}

	@Test
	void nothingChosenPrintsNoLine() {
		assertThat(utskrift(OppdragFilter.alle())).isNull();
	}

	@Test
	void theTitlesFiltersComeFirstThenTheOthersByTheirFieldsNamesThenTheWords() {
		OppdragFilter filter = new OppdragFilter("vaksine", 2025, 1L, List.of(OppdragStatus.FORSINKET), null, 11L,
				"3.4", "FHA", 7L, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 6, 30), false, false, null, false, 0,
				50);
		assertThat(utskrift(filter)).isEqualTo("Oppdrag: Forsinket, Helsedirektoratet, Avdeling i HOD FHA, 2025, "
				+ "Tildelingsbrevet for 2025 til Helsedirektoratet. Avdeling: Avdeling levevaner. Mål/seksjon: «3.4». "
				+ "Frist fra 15. mars 2025 til 30. juni 2025. Søk: «vaksine»");
	}

	/** The ministry's department is a main filter: the title names it, as the printed line always did. */
	@Test
	void theTitleNamesTheMinistrysDepartment() {
		OppdragFilter filter = new OppdragFilter(null, 2025, null, List.of(), null, null, null, "SHA", null, null,
				null, false, false, null, false, 0, 50);
		assertThat(tittel.av(filter, ETATER, Map.of(), BREV)).isEqualTo("Oppdrag: Avdeling i HOD SHA, 2025");
	}

	@Test
	void theTitleNamesTheLetterTheListIsFilteredOn() {
		OppdragFilter filter = new OppdragFilter(null, null, null, List.of(), null, null, null, null, 7L, null, null,
				false, false, null, false, 0, 50);
		assertThat(tittel.av(filter, ETATER, Map.of(), BREV))
			.isEqualTo("Oppdrag: Tildelingsbrevet for 2025 til Helsedirektoratet");
		assertThat(tittel.av(OppdragFilter.alle(), ETATER, Map.of(), BREV)).isEqualTo("Oppdrag");
	}

	@Test
	void aDeadlineRangeOpenAtOneEndSaysWhichEnd() {
		OppdragFilter fra = new OppdragFilter(null, null, null, List.of(), null, null, null, null, null,
				LocalDate.of(2025, 3, 1), null, false, false, null, false, 0, 50);
		OppdragFilter til = new OppdragFilter(null, null, null, List.of(), null, null, null, null, null, null,
				LocalDate.of(2025, 12, 31), false, false, null, false, 0, 50);
		assertThat(utskrift(fra)).isEqualTo("Frist fra 1. mars 2025");
		assertThat(utskrift(til)).isEqualTo("Frist til 31. desember 2025");
	}

	@Test
	void aLetterOrDepartmentTheFormDoesNotOfferIsLeftOutRatherThanNamedById() {
		OppdragFilter filter = new OppdragFilter(null, 2025, null, List.of(), null, 99L, null, null, 98L, null, null,
				false, false, null, false, 0, 50);
		assertThat(utskrift(filter)).isEqualTo("Oppdrag: 2025");
	}

	@Test
	void theWordsAreQuotedWithoutDirectionControls() {
		OppdragFilter filter = new OppdragFilter("\u202Eabc", null, null, List.of(), null, null, null, null, null, null,
				null, false, false, null, false, 0, 50);
		assertThat(utskrift(filter)).isEqualTo("Søk: «abc»");
	}
}
