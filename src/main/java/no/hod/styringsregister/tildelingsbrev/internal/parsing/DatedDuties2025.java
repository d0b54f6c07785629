package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports the letter's own text asks for by a date, outside Vedlegg I: «Årsrapporten for 2025 skal oversendes
 * departementet senest 15. mars 2026», «Årsrapport for internrevisjonen skal oversendes departementet innen
 * 15. februar 2026». Read from the chapters after the assignments up to the first appendix: the exempt content has an
 * appendix of its own (Vedlegg IV), which is never read here, and nothing is read from a mark of exempt content on,
 * so no exempt words reach the public calendar.
 */
final class DatedDuties2025 {

	/** A sentence whose subject is sent to the ministry by a date; the year is written, as it is often the next. */
	private static final Pattern DUTY = Pattern.compile("(?:^|(?<=[.:]\\s))(\\p{Lu}[^.:]*?) skal oversendes "
			+ "departementet (?:senest|innen) (\\d{1,2}\\.\\s?\\p{L}+ \\d{4})(?=[\\s.,;])");

	private static final Pattern APPENDIX = Pattern.compile("^Vedlegg\\s+[IVX\\d]+\\b");

	private static final Pattern EXEMPT = Pattern.compile("(?iu)unntatt offentlighet");

	private DatedDuties2025() {
	}

	/**
	 * @param from the first line after the assignments
	 * @param annex the entries of Vedlegg I: a duty on a day it already has is left to it
	 */
	static List<CalendarEntryDraft> read(List<String> lines, int from, int year, List<CalendarEntryDraft> annex) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < lines.size() && !APPENDIX.matcher(lines.get(i).strip()).find(); i++) {
			if (!lines.get(i).isBlank()) {
				text.append(lines.get(i).strip()).append('\n');
			}
		}
		// Nothing from a part marked exempt on: how far its content goes, the text does not say.
		Matcher exempt = EXEMPT.matcher(text);
		String open = (exempt.find() ? text.substring(0, exempt.start()) : text.toString())
			// A line without a stop before one with a capital is a heading: it ends there, not in the sentence after.
			.replaceAll("(?<![.:;,!?])\n(?=\\p{Lu})", ". ")
			.replaceAll("\\s+", " ");
		List<CalendarEntryDraft> duties = new ArrayList<>();
		Matcher duty = DUTY.matcher(open);
		while (duty.find()) {
			LocalDate date = NorwegianDates.parse(duty.group(2), year);
			if (date != null && annex.stream().noneMatch(entry -> entry.date().equals(date))) {
				duties.add(new CalendarEntryDraft(date, null, duty.group(1) + " oversendes departementet", null,
						CalendarEntryDraft.Source.LETTER_TEXT));
			}
		}
		return duties;
	}
}
