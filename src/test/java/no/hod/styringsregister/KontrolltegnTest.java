package no.hod.styringsregister;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KontrolltegnTest {

	@Test
	void freeTextLosesControlCharactersButKeepsTabsAndLineBreaks() {
		assertThat(Kontrolltegn.fritekst("a\u0001\u0002\u001b[31m\u007fb\u0080\u009fc\td\ne")).isEqualTo("a[31mbc\td\ne");
		// Vertical tab, form feed and next line break the line, as Word means them.
		assertThat(Kontrolltegn.fritekst("a\u000Bb\u000Cc\u0085d")).isEqualTo("a\nb\nc\nd");
		assertThat(Kontrolltegn.fritekst(null)).isNull();
	}

	@Test
	void invisibleCharactersGoOnlyAtTheEnds() {
		assertThat(Kontrolltegn.fritekst("\uFEFF\u200B Tekst \u200B\u2060")).isEqualTo("Tekst");
		// Inside, a zero-width joiner belongs to what it joins (an emoji, a ligature).
		assertThat(Kontrolltegn.fritekst("a\u200Db")).isEqualTo("a\u200Db");
		assertThat(Kontrolltegn.fritekst("\u200B\uFEFF")).isEmpty();
	}
}
