package no.hod.styringsregister.tildelingsbrev.internal;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.KjenteBrev;
import no.hod.styringsregister.oppdrag.TilbaketrukneBrev;

/** What the assignment pages ask of the letters: which exist (the list's letter filter), which are withdrawn. */
@Component
class BrevForOppdrag implements TilbaketrukneBrev, KjenteBrev {

	private final LetterRepository letters;

	BrevForOppdrag(LetterRepository letters) {
		this.letters = letters;
	}

	@Override
	public boolean trukketTilbake(long brevId) {
		return letters.find(brevId).map(LetterRepository.Letter::erTrukket).orElse(false);
	}

	@Override
	public boolean finnes(long brevId) {
		return letters.find(brevId).isPresent();
	}
}
