package no.hod.styringsregister.organisasjon;

import java.util.Collection;
import java.util.Optional;

import no.hod.styringsregister.organisasjon.internal.parsing.AgencyMentions;

/**
 * Whether a text is about another agency than the one an admin chose, judged by how often it names each: the same
 * check the organisation import makes, for other imports that file a text under an agency (instructions).
 */
public final class Etatsomtale {

	private Etatsomtale() {
	}

	/**
	 * «Teksten ser ut til å beskrive Helsedirektoratet, ikke Statens helsetilsyn: Helsedirektoratet er nevnt 40
	 * ganger, Statens helsetilsyn ingen ganger.» when another agency is named at least three times and more than
	 * twice as often as the chosen one; the caller adds what the admin should do.
	 *
	 * @param registrerte the agencies in the register; directorates the text names are counted too
	 */
	public static Optional<String> annenEtat(String tekst, String valgt, Collection<String> registrerte) {
		return AgencyMentions.finding(tekst, valgt, registrerte);
	}
}
