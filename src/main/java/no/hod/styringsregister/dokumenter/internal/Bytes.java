package no.hod.styringsregister.dokumenter.internal;

/** Byte searches for recognising and checking file formats. */
final class Bytes {

	private Bytes() {
	}

	static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && matchesAt(bytes, prefix, 0);
	}

	/** Whether the pattern occurs within the first {@code window} bytes. */
	static boolean occursNearStart(byte[] bytes, byte[] pattern, int window) {
		int to = Math.min(bytes.length, window) - pattern.length;
		for (int i = 0; i <= to; i++) {
			if (matchesAt(bytes, pattern, i)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the pattern occurs within the last {@code window} bytes. */
	static boolean occursNearEnd(byte[] bytes, byte[] pattern, int window) {
		int from = Math.max(0, bytes.length - window);
		for (int i = bytes.length - pattern.length; i >= from; i--) {
			if (matchesAt(bytes, pattern, i)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesAt(byte[] bytes, byte[] pattern, int offset) {
		for (int i = 0; i < pattern.length; i++) {
			if (bytes[offset + i] != pattern[i]) {
				return false;
			}
		}
		return true;
	}
}
