package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * The older layout (2020): assignments without numbers ({@code ID: Fylles inn av HDIR}, {@code Eieravdeling HOD: FHA})
 * grouped under areas 2.1 … 5.x, appropriation tables per area with two year columns.
 */
final class Letter2020Parser implements LayoutParser {

	@Override
	public String name() {
		return "2020";
	}

	@Override
	public boolean recognises(List<String> lines) {
		return false; // TODO helper P3
	}

	@Override
	public LetterDraft parse(List<String> lines) {
		throw new LetterParseException("Ikke implementert");
	}
}
