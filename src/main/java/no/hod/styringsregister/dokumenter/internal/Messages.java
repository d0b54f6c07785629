package no.hod.styringsregister.dokumenter.internal;

/** The user messages shared by the readers. */
final class Messages {

	static final String UNSUPPORTED = "Filtypen støttes ikke. Last opp en PDF-, Word- (.docx) eller tekstfil.";

	static final String DAMAGED = "Filen er skadet og kan ikke leses. Åpne den i programmet den ble laget i, lagre "
			+ "den på nytt og last den opp igjen.";

	/** Named .pdf, but the bytes are no PDF at all (no header): an image or another file renamed. */
	static final String NOT_PDF = "Filen er ikke en PDF, selv om navnet slutter på .pdf. Last opp en PDF-, Word- "
			+ "(.docx) eller tekstfil.";

	/** Named .docx, but the bytes are no Word document (not a ZIP, or a ZIP without a Word document in it). */
	static final String NOT_DOCX = "Filen er ikke et Word-dokument, selv om navnet slutter på .docx. Last opp en "
			+ "PDF-, Word- (.docx) eller tekstfil.";

	static final String NO_TEXT = "Filen inneholder ingen tekst.";

	private Messages() {
	}
}
