package no.hod.styringsregister.bevilgninger.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.hod.styringsregister.bevilgninger.internal.Tittelnevninger.Tittel;

import static org.assertj.core.api.Assertions.assertThat;

/** A budget line's comment naming assignments by title, as the 2025 letter's table does. */
class TittelnevningerTest {

	static final List<Tittel> TITLER = List.of(new Tittel("TB2025-20", "Bo trygt hjemme-reformen"),
			new Tittel("TB2025-35", "Tannhelse"), new Tittel("TB2025-61", "Digital samhandling"),
			new Tittel("TB2025-63", "Digitalt helsekort for gravide"),
			new Tittel("TB2025-64", "Alvorlig sykt barn – enklere tilgang til informasjon"),
			new Tittel("TB2025-80", "Digital samhandling i kommunene"));

	@Test
	void aCommentThatIsATitleOrHoldsOneNamesItWhateverTheCaseDashOrLineBreak() {
		assertThat(Tittelnevninger.nevnte("Digitalt helsekort for gravide ", TITLER)).containsExactly("TB2025-63");
		assertThat(Tittelnevninger.nevnte("7,7 mill. kroner til senterets arbeid og oppfølging\nav Bo trygt "
				+ "hjemme\u2011reformen.", TITLER)).containsExactly("TB2025-20");
		assertThat(Tittelnevninger.nevnte("DIGITAL SAMHANDLING\n\n41 mill. kr til pasientens legemiddelliste", TITLER))
			.containsExactly("TB2025-61");
	}

	@Test
	void aQuotedPartOfATitleNamesItWhenItHasWordsEnoughToBeClear() {
		assertThat(Tittelnevninger.nevnte("6 mill. kroner til prosjektet «Enklere tilgang til informasjon».", TITLER))
			.containsExactly("TB2025-64");
		assertThat(Tittelnevninger.nevnte("Til «sykt barn» i regionene", TITLER)).isEmpty();
		assertThat(Tittelnevninger.nevnte("Til «Tannhelse» i regionene", TITLER)).containsExactly("TB2025-35");
	}

	@Test
	void wordsMustBeWholeAndAOneWordTitleCountsOnlyAsTheWholeComment() {
		assertThat(Tittelnevninger.nevnte("Tilskudd til digitale samhandlingsløsninger", TITLER)).isEmpty();
		assertThat(Tittelnevninger.nevnte("Tilskudd til tannhelse i fengsler", TITLER)).isEmpty();
		assertThat(Tittelnevninger.nevnte("Tannhelse.", TITLER)).containsExactly("TB2025-35");
	}

	@Test
	void theLongerTitleCoversTheShorterItHolds() {
		assertThat(Tittelnevninger.nevnte("Midler til digital samhandling i kommunene", TITLER))
			.containsExactly("TB2025-80");
		assertThat(Tittelnevninger.nevnte("Digital samhandling i kommunene, og digital samhandling ellers", TITLER))
			.containsExactly("TB2025-80", "TB2025-61");
	}

	@Test
	void aNameThatFitsSeveralAssignmentsNamesNone() {
		List<Tittel> likeTitler = List.of(new Tittel("TB2025-1", "Kartlegging av legemiddelbruk"),
				new Tittel("TB2025-2", "Kartlegging av  Legemiddelbruk."), new Tittel("TB2025-3", "Sansetap"));
		assertThat(Tittelnevninger.nevnte("Til kartlegging av legemiddelbruk i sykehjem", likeTitler)).isEmpty();
		List<Tittel> sammeDel = List.of(new Tittel("TB2025-4", "Nasjonalt program for rusforebyggende arbeid"),
				new Tittel("TB2025-5", "Evaluere nasjonalt program for rusforebyggende arbeid"));
		assertThat(Tittelnevninger.nevnte("Til «program for rusforebyggende arbeid»", sammeDel)).isEmpty();
	}
}
