package no.hod.styringsregister.dokumenter.internal;

/** The user messages shared by the readers. */
final class Messages {

	static final String UNSUPPORTED = "Filtypen støttes ikke. Last opp en PDF-, Word- (.docx) eller tekstfil.";

	static final String DAMAGED = "Filen er skadet og kan ikke leses. Åpne den i programmet den ble laget i, lagre "
			+ "den på nytt og last den opp igjen.";

	static final String NO_TEXT = "Filen inneholder ingen tekst.";

	private Messages() {
	}
}
