package no.hod.styringsregister.tildelingsbrev.internal;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.TilbaketrukneBrev;

/** The withdrawn letters, for the assignment page's link to its letter. */
@Component
class TilbaketrukneTildelingsbrev implements TilbaketrukneBrev {

	private final LetterRepository letters;

	TilbaketrukneTildelingsbrev(LetterRepository letters) {
		this.letters = letters;
	}

	@Override
	public boolean trukketTilbake(long brevId) {
		return letters.find(brevId).map(LetterRepository.Letter::erTrukket).orElse(false);
	}
}
