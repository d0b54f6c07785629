package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.List;

/**
 * The layout used from about 2021: numbered assignments {@code TB2025-1 Avd. HOD: FHA Title}, goals 3.x, budget in
 * chapter 4, Vedlegg I–IV.
 */
final class Letter2025Parser implements LayoutParser {

	@Override
	public String name() {
		return "2025";
	}

	@Override
	public boolean recognises(List<String> lines) {
		return false; // TODO helper P1
	}

	@Override
	public LetterDraft parse(List<String> lines) {
		throw new LetterParseException("Ikke implementert");
	}
}
