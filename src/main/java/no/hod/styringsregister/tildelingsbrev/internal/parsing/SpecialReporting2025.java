package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.SpecialReportingDraft.Frequency;

/**
 * Vedlegg III – særskilt rapportering, columns {@code Frist/hyppighet | Rapportering | Kommentar}. A row starts with
 * a date ({@code 22. mai}, {@code 1.juni}), a frequency ({@code 4 ganger i året}) or both ({@code Årlig/15. mai}).
 * Subject and comment are told apart like the activity and note of the calendar ({@link Calendar2025#split}).
 */
final class SpecialReporting2025 {

	private static final Pattern FREQUENCY = Pattern.compile("^(årlig|hvert år|en gang i året|1 gang i året"
			+ "|(?:2|to) ganger (?:i|per) året|halvårlig|(?:3|tre) ganger (?:i|per) året|tertialvis|hvert tertial"
			+ "|per tertial|(?:4|fire) ganger (?:i|per) året|kvartalsvis|hvert kvartal|månedlig|hver måned)(?=$|[\\s,/;:.])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private SpecialReporting2025() {
	}

	static List<SpecialReportingDraft> read(List<String> lines, int year, List<String> warnings) {
		Appendix.Range range = Appendix.find(lines, "III", "rapportering");
		if (range == null) {
			return List.of();
		}
		List<SpecialReportingDraft> rows = new ArrayList<>();
		When when = null;
		List<String> rowLines = new ArrayList<>();
		for (int i = range.from(); i < range.to(); i++) {
			String line = lines.get(i);
			When start = when(line, year);
			if (start != null) {
				if (when != null) {
					rows.add(row(when, rowLines, warnings));
				}
				when = start;
				rowLines = new ArrayList<>();
				if (!start.rest().isEmpty()) {
					rowLines.add(start.rest());
				}
			} else if (when != null && !line.isEmpty() && !Cells.isUrl(line)) {
				rowLines.add(line);
			}
		}
		if (when != null) {
			rows.add(row(when, rowLines, warnings));
		}
		rows.removeIf(row -> row == null);
		return rows;
	}

	/** The "when" cell at the start of a row and the rest of the line. */
	private record When(String written, LocalDate date, Frequency frequency, String rest) {
	}

	private static When when(String line, int year) {
		Frequency frequency = null;
		LocalDate date = null;
		String rest = line;
		Matcher often = FREQUENCY.matcher(rest);
		// a row starts its cell with a capital or a digit; "årlig" in lower case continues a sentence
		boolean rowStart = !rest.isEmpty() && !Character.isLowerCase(rest.charAt(0));
		if (rowStart && often.find()) {
			frequency = frequency(often.group(1));
			rest = rest.substring(often.end()).strip();
			if (rest.startsWith("/")) {
				NorwegianDates.Leading leading = NorwegianDates.leading(rest.substring(1), year);
				if (leading != null) {
					date = leading.date();
					rest = leading.rest();
				}
			}
		} else {
			NorwegianDates.Leading leading = NorwegianDates.leading(rest, year);
			if (leading == null) {
				return null;
			}
			date = leading.date();
			rest = leading.rest();
			if (rest.startsWith("/")) {
				Matcher after = FREQUENCY.matcher(rest.substring(1).strip());
				if (after.find()) {
					frequency = frequency(after.group(1));
					rest = rest.substring(1).strip().substring(after.end()).strip();
				}
			}
		}
		// "2 ganger i året," ends the cell's first line with a comma: the comma stays with the cell
		rest = rest.replaceFirst("^[,;]\\s*", "");
		String written = line.substring(0, line.length() - rest.length()).strip();
		return new When(written, date, frequency, rest);
	}

	private static Frequency frequency(String written) {
		String text = written.toLowerCase(Locale.ROOT);
		if (text.startsWith("2") || text.startsWith("to ") || text.equals("halvårlig")) {
			return Frequency.TWICE_A_YEAR;
		}
		if (text.startsWith("3") || text.startsWith("tre ") || text.contains("tertial")) {
			return Frequency.THREE_TIMES_A_YEAR;
		}
		if (text.startsWith("4") || text.startsWith("fire ") || text.contains("kvartal")) {
			return Frequency.FOUR_TIMES_A_YEAR;
		}
		if (text.contains("måned")) {
			return Frequency.MONTHLY;
		}
		return Frequency.YEARLY;
	}

	private static SpecialReportingDraft row(When when, List<String> rowLines, List<String> warnings) {
		String written = when.written();
		int first = 0;
		// "2 ganger i året," + "vår og høst": the when cell runs on in lower case before the subject starts
		if (when.rest().isEmpty()) {
			List<String> more = new ArrayList<>(List.of(written));
			while (first < rowLines.size() && Character.isLowerCase(rowLines.get(first).charAt(0))) {
				more.add(rowLines.get(first++));
			}
			written = Cells.join(more);
		}
		written = written.replaceAll("[,;]$", "");
		Calendar2025.Split split = Calendar2025.split(rowLines.subList(first, rowLines.size()));
		if (split.activity() == null) {
			warnings.add("Kunne ikke lese rad i særskilt rapportering: «" + String.join(" ", when.written(),
					String.join(" ", rowLines)).strip() + "»");
			return null;
		}
		return new SpecialReportingDraft(written, when.date(), when.frequency(), split.activity(), split.note());
	}
}
