package no.hod.styringsregister.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download named after what it holds and when, such as {@code oppdrag-hdir-2025-forsinket-2026-12-06.xlsx}: with a
 * fixed name, two downloads of different lists (or of one list on two days) overwrote or passed for each other. Every
 * export names its file here.
 *
 * <p>{@code filename} is plain ASCII (æ, ø, å written ae, oe, aa; other accents dropped), which every browser takes.
 * Where the name has letters beyond that, {@code filename*} (RFC 6266, RFC 5987) gives it with them too, for the
 * browsers that read it. Filter parts are free text from the register (agency and division names), so each is cut
 * to a few words' length and reduced to letters, digits and hyphens: nothing in it can break the header or name a
 * path.
 *
 * <p>A file that shows its reader content exempt from public disclosure (offl. § 22) carries {@link #UNNTATT} in its
 * name, put among the parts by the export that knows it, so that whoever attaches it to an e-mail or drops it in a
 * shared folder sees it must not go out without opening it.
 *
 * @param ascii the name in {@code filename}
 * @param utf8 the same with Norwegian letters kept, for {@code filename*}; equal to {@code ascii} when it has none
 */
public record Nedlasting(String ascii, String utf8) {

	/** Longest filter part, in characters: a name has room for several, and some systems stop at 255 bytes. */
	static final int MAKS_DEL = 40;

	/**
	 * The part of a name that marks exempt content shown in full: the same words in every file, so that one search of
	 * a folder finds them all. Only for a file that does show such content, never for one that merely lists exempt
	 * assignments by id or placeholder.
	 */
	public static final String UNNTATT = "unntatt offentlighet";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/**
	 * @param hva what the file holds, the first part of its name ({@code oppdrag})
	 * @param deler the filter parts that tell this file from others of its kind, in order; {@code null}, blank and
	 *     parts of nothing but punctuation are left out
	 * @param dato the day the file speaks of: the day it was made, or a report's cut-off date
	 * @param endelse {@code xlsx}, {@code csv}, {@code pdf}
	 */
	public static Nedlasting av(String hva, List<String> deler, LocalDate dato, String endelse) {
		return new Nedlasting(navn(hva, deler, dato, endelse, Nedlasting::ascii),
				navn(hva, deler, dato, endelse, Nedlasting::utf8));
	}

	/** Made today (Europe/Oslo). */
	public static Nedlasting idag(String hva, List<String> deler, String endelse) {
		return av(hva, deler, LocalDate.now(Formats.OSLO), endelse);
	}

	/**
	 * An original file's own name, as it was uploaded, with {@link #UNNTATT} before its extension when it shows
	 * exempt content: {@code Tildelingsbrev 2025.pdf} becomes {@code Tildelingsbrev 2025-unntatt-offentlighet.pdf}.
	 */
	public static String original(String filnavn, boolean viserUnntatt) {
		if (!viserUnntatt) {
			return filnavn;
		}
		int punktum = filnavn.lastIndexOf('.');
		String merke = "-" + ascii(UNNTATT);
		return punktum > 0 ? filnavn.substring(0, punktum) + merke + filnavn.substring(punktum) : filnavn + merke;
	}

	/** The {@code Content-Disposition} header of the download. */
	public String contentDisposition() {
		String header = "attachment; filename=\"" + ascii + "\"";
		return ascii.equals(utf8) ? header : header + "; filename*=UTF-8''" + rfc5987(utf8);
	}

	/** The answer that hands {@code innhold} over as this file. */
	public ResponseEntity<byte[]> svar(byte[] innhold, MediaType type) {
		return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition())
			.body(innhold);
	}

	public ResponseEntity<byte[]> xlsx(byte[] bok) {
		return svar(bok, XLSX);
	}

	/** UTF-8 with a byte order mark, without which Excel reads the file as Windows-1252. */
	public ResponseEntity<byte[]> csv(Csv csv) {
		return svar(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), CSV);
	}

	private static String navn(String hva, List<String> deler, LocalDate dato, String endelse,
			UnaryOperator<String> slug) {
		List<String> navn = new ArrayList<>();
		navn.add(slug.apply(hva));
		for (String del : deler) {
			String s = del == null ? "" : slug.apply(del);
			if (!s.isEmpty()) {
				navn.add(s);
			}
		}
		navn.add(dato.toString());
		return String.join("-", navn) + "." + endelse;
	}

	/** Lower case a to z, 0 to 9 and single hyphens. */
	static String ascii(String tekst) {
		String s = tekst.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return kort(s.replaceAll("[^a-z0-9]+", "-"));
	}

	/** Lower case letters and digits of any script, and single hyphens. */
	static String utf8(String tekst) {
		String s = Normalizer.normalize(tekst, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return kort(s.replaceAll("[^\\p{L}\\p{N}]+", "-"));
	}

	/** At most {@value #MAKS_DEL} characters (a letter made of a surrogate pair not split), no hyphen at either end. */
	private static String kort(String slug) {
		String s = strip(slug);
		if (s.codePointCount(0, s.length()) > MAKS_DEL) {
			s = strip(s.substring(0, s.offsetByCodePoints(0, MAKS_DEL)));
		}
		return s;
	}

	private static String strip(String s) {
		return s.replaceAll("^-+|-+$", "");
	}

	/** RFC 5987 {@code value-chars}: attr-chars as they are, every other octet of the UTF-8 as %XX. */
	private static String rfc5987(String verdi) {
		StringBuilder ut = new StringBuilder();
		for (byte b : verdi.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
				ut.append(c);
			}
			else {
				ut.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return ut.toString();
	}
}
