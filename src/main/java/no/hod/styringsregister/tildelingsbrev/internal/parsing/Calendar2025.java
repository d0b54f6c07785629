package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vedlegg I – styrings- og rapporteringskalender, columns {@code Dato | Tiltak | Merknad}. A row starts with a date
 * ({@code 31. jan.}, {@code 3. april}); a time ({@code kl. 9:00-11:00.}) may follow on its own line.
 *
 * <p>Splitting Tiltak from Merknad is a heuristic, since the extraction has lost the columns: the activity is the
 * first phrase; a line that starts with a capital after a finished phrase ({@code Jf. omtale under punkt 4.3.},
 * {@code R-115 fra Finansdepartementet}) starts the note, and so does a capitalised word in the middle of the first
 * line after a plain word ({@code Etatsstyringsmøte Hos Helsedirektoratet}). Where the cell holds bullets, the
 * bullets (joined with "; ") are the activity and the other phrases, before or after them, the note.
 */
final class Calendar2025 {

	private static final Pattern TIME = Pattern.compile(
			"\\bkl\\.?\\s*(\\d{1,2})[:.](\\d{2})(?:\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2}))?\\.?", Pattern.CASE_INSENSITIVE);

	private Calendar2025() {
	}

	static List<CalendarEntryDraft> read(List<String> lines, int year, List<String> warnings) {
		Appendix.Range range = Appendix.find(lines, "I", "kalender");
		if (range == null) {
			warnings.add("Fant ikke Vedlegg I (styrings- og rapporteringskalender).");
			return List.of();
		}
		List<CalendarEntryDraft> entries = new ArrayList<>();
		NorwegianDates.Leading date = null;
		List<String> rowLines = new ArrayList<>();
		for (int i = range.from(); i < range.to(); i++) {
			String line = lines.get(i);
			NorwegianDates.Leading leading = NorwegianDates.leading(line, year);
			if (leading != null) {
				if (date != null) {
					add(entries, date, rowLines, warnings);
				}
				date = leading;
				rowLines = new ArrayList<>();
				rowLines.add(leading.rest());
			} else if (date != null && !line.isEmpty() && !Cells.isUrl(line)) {
				rowLines.add(line);
			}
		}
		if (date != null) {
			add(entries, date, rowLines, warnings);
		}
		return entries;
	}

	private static void add(List<CalendarEntryDraft> entries, NorwegianDates.Leading date, List<String> rowLines,
			List<String> warnings) {
		String time = null;
		List<String> cells = new ArrayList<>();
		for (String line : rowLines) {
			Matcher clock = time == null ? TIME.matcher(line) : null;
			if (clock != null && clock.find() && time(clock) != null) {
				time = time(clock);
				line = (line.substring(0, clock.start()) + " " + line.substring(clock.end())).strip();
			}
			if (!line.isEmpty()) {
				cells.add(line);
			}
		}
		Split split = split(cells);
		if (split.activity() == null) {
			warnings.add("Kunne ikke lese kalenderoppføringen: «" + String.join(" ", date.written(), String.join(" ", rowLines)).strip()
					+ "»");
			return;
		}
		entries.add(new CalendarEntryDraft(date.date(), time, split.activity(), split.note()));
	}

	/** The time as {@code HH:mm} or {@code HH:mm-HH:mm}, or {@code null} where it is no time of day. */
	private static String time(Matcher clock) {
		for (int group = 1; group <= 3; group += 2) {
			if (clock.group(group) != null && (Integer.parseInt(clock.group(group)) > 23
					|| Integer.parseInt(clock.group(group + 1)) > 59)) {
				return null;
			}
		}
		String from = String.format("%02d:%s", Integer.parseInt(clock.group(1)), clock.group(2));
		if (clock.group(3) == null) {
			return from;
		}
		return from + "-" + String.format("%02d:%s", Integer.parseInt(clock.group(3)), clock.group(4));
	}

	/** The activity and the note of a row or a Vedlegg III subject and comment; either may be {@code null}. */
	record Split(String activity, String note) {
	}

	/** Splits the text lines of one row into the activity (first cell) and the note (the rest), see the class doc. */
	static Split split(List<String> cells) {
		boolean bullets = cells.stream().anyMatch(Cells::isBullet);
		List<List<String>> activity = new ArrayList<>();
		List<String> note = new ArrayList<>();
		List<String> target = null;
		String previous = null;
		for (String line : cells) {
			if (bullets && Cells.isBullet(line)) {
				target = new ArrayList<>();
				activity.add(target);
				target.add(Cells.stripBullet(line));
			} else if (target != null && Cells.continues(previous, line)) {
				target.add(line);
			} else if (activity.isEmpty() && !bullets) {
				target = new ArrayList<>();
				activity.add(target);
				String[] parts = Cells.splitInline(line);
				if (parts != null) {
					target.add(parts[0]);
					target = note;
					line = parts[1];
				}
				target.add(line);
			} else {
				target = note;
				target.add(line);
			}
			previous = line;
		}
		List<String> items = activity.stream().map(Cells::join).filter(text -> !text.isEmpty()).toList();
		String joinedNote = Cells.join(note);
		return new Split(items.isEmpty() ? null : String.join("; ", items), joinedNote.isEmpty() ? null : joinedNote);
	}
}
