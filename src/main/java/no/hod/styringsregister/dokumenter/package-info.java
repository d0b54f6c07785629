/**
 * Turns an uploaded file (PDF, Word .docx or plain text) into line-oriented plain text for the importers. Free of
 * Spring; the public API is {@link no.hod.styringsregister.dokumenter.TextExtractor} and the types it returns or
 * throws, everything else lives in {@code internal}.
 */
package no.hod.styringsregister.dokumenter;
