package no.hod.styringsregister.dokumenter;

/**
 * The uploaded file is larger than the configured limit, so the web layer can answer 413 instead of 400.
 */
public class DocumentTooLargeException extends UnreadableDocumentException {

	private final long maxBytes;

	public DocumentTooLargeException(long maxBytes) {
		super("Filen er for stor (maks " + readableSize(maxBytes) + ").");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** Sizes as users read them: "20 MB", "1,5 MB", "500 kB", "800 byte" (1 MB = 1 048 576 bytes). */
	public static String readableSize(long bytes) {
		long mb = 1024L * 1024;
		if (bytes >= mb) {
			return decimal(bytes, mb) + " MB";
		}
		if (bytes >= 1024) {
			return decimal(bytes, 1024) + " kB";
		}
		return bytes + " byte";
	}

	private static String decimal(long bytes, long unit) {
		long tenths = Math.round(bytes * 10.0 / unit);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
	}
}
