package no.hod.styringsregister.dokumenter;

/**
 * The file formats {@link TextExtractor} reads, as detected from the file's content.
 */
public enum DocumentFormat {
	PDF, DOCX, TXT
}
