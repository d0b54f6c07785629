package no.hod.styringsregister.tildelingsbrev.internal;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.tildelingsbrev.LetterImportException;

/**
 * The letter is to an agency the register does not have: the page leads the admin to where agencies are added.
 */
class UkjentEtatException extends LetterImportException {

	private static final long serialVersionUID = 1L;

	UkjentEtatException(String etat) {
		super("Brevet gjelder " + Sitert.verdi(etat) + ", som ikke finnes i etatsregisteret. Legg til etaten først.");
	}
}
