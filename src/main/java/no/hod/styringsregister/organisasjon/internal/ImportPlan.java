package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.internal.parsing.DepartmentDraft;
import no.hod.styringsregister.organisasjon.internal.parsing.DivisionDraft;

/**
 * What confirming an organisation import would do, unit by unit: the preview shows it and the commit carries it out.
 * Units are matched by name within the agency (case does not matter).
 *
 * @param annenEtat a warning that the text describes another agency than {@code etat}, or {@code null}
 */
record ImportPlan(Etat etat, List<Divisjon> divisjoner, List<String> advarsler, String annenEtat) {

	enum Status {
		NY, ENDRES, FLYTTES, UENDRET
	}

	/**
	 * @param eksisterendeId the matched division, {@code null} when it is new
	 * @param endringer for a division that is updated: the fields that change
	 */
	record Divisjon(DivisionDraft utkast, Status status, Long eksisterendeId, List<Avdeling> avdelinger,
			List<Endring> endringer) {
	}

	/**
	 * @param fraDivisjon for a department that moves: the division it is in now
	 * @param endringer for a department that is updated or moved: the fields that change
	 */
	record Avdeling(DepartmentDraft utkast, Status status, Long eksisterendeId, String fraDivisjon,
			List<Endring> endringer) {
	}

	/**
	 * A field that confirming changes, with the register's value and the text's ({@code null}: empty).
	 *
	 * @param felt {@code navn}, {@code leder}, {@code leder-tittel}, {@code beskrivelse}, {@code oppgaver},
	 * {@code malgrupper} or {@code samarbeidspartnere}
	 */
	record Endring(String felt, String fra, String til) {

		/** A text too long to show twice in a table cell: the preview folds it away. */
		public boolean lang() {
			return switch (felt) {
				case "beskrivelse", "oppgaver", "malgrupper", "samarbeidspartnere" -> true;
				default -> false;
			};
		}
	}

	public int antall(Status status) {
		int count = 0;
		for (Divisjon divisjon : divisjoner) {
			count += divisjon.status() == status ? 1 : 0;
			for (Avdeling avdeling : divisjon.avdelinger()) {
				count += avdeling.status() == status ? 1 : 0;
			}
		}
		return count;
	}
}
