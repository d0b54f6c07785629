package no.hod.styringsregister.instrukser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdDiffTest {

	@Test
	void marksAnInsertedWord() {
		assertThat(OrdDiff.html("Direktoratet skal fremme folkehelse.", "Direktoratet skal fremme god folkehelse."))
			.isEqualTo("Direktoratet skal fremme <ins>god</ins> folkehelse.");
	}

	@Test
	void marksAReplacedWordAsRemovalThenAddition() {
		assertThat(OrdDiff.html("Rapporten leveres årlig til departementet.", "Rapporten leveres halvårlig til departementet."))
			.isEqualTo("Rapporten leveres <del>årlig</del> <ins>halvårlig</ins> til departementet.");
	}

	@Test
	void marksRemovedWordsAtTheEnd() {
		assertThat(OrdDiff.html("Direktoratet skal gi råd og veiledning.", "Direktoratet skal gi råd."))
			.isEqualTo("Direktoratet skal gi <del>råd og veiledning.</del> <ins>råd.</ins>");
	}

	@Test
	void ignoresRewrappedLinesAndEscapesHtml() {
		assertThat(OrdDiff.html("a <b>\nc", "a <b> c")).isEqualTo("a &lt;b&gt; c");
		assertThat(OrdDiff.html("x", "x & <script>")).isEqualTo("x <ins>&amp; &lt;script&gt;</ins>");
	}

	@Test
	void keepsParagraphBreaksOfTheNewerText() {
		assertThat(OrdDiff.html("Første avsnitt.\n\nAndre avsnitt.", "Første avsnitt.\n\nAndre nye avsnitt."))
			.isEqualTo("Første avsnitt.\n\nAndre <ins>nye</ins> avsnitt.");
	}
}
