package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft.Source;

/**
 * The budget and reporting deadlines of the 2020 layout (section "6.5 Budsjett- og regnskapsprosesser"): bullets
 * such as {@code Tidsfrist 15.4: Budsjettforslag 2021 ...}, {@code 15.2 Eventuelle innspill til RNB-2020.} or
 * {@code Per 31.12 skal direktoratet levere ...}. Each dated bullet is a calendar entry: its first sentence is the
 * activity, the rest the note. A dated bullet about a report or statistics to deliver ("Rapporter på ...",
 * "Rapporteringsdokument ...", "... aktuell statistikk ...") is also special reporting, as Vedlegg III lists such
 * deliveries in later letters. Bullets without a date are standing tasks, not deadlines, and are left out.
 */
final class Deadlines2020 {

	private static final Pattern SECTION = Pattern.compile("^(\\d+\\.\\d+)\\.?\\s+Budsjett-?\\s*og regnskapsprosess.*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern NEXT_SECTION = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+\\p{Lu}.*");
	/** The word before the date: a typo such as "Tidsfrsit" still counts. */
	private static final Pattern LEAD = Pattern.compile("^(?:(tids?fr\\p{L}*|frist|per|innen)\\s+)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d)])\\.\\s+(?=\\p{Lu})");
	private static final Pattern REPORT = Pattern.compile("^rapport.*|.*\\bstatistikk\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private Deadlines2020() {
	}

	record Deadlines(List<CalendarEntryDraft> calendar, List<SpecialReportingDraft> specialReporting) {
	}

	static Deadlines read(List<String> lines, int year) {
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (SECTION.matcher(lines.get(i)).matches()) {
				start = i + 1;
			}
		}
		if (start < 0) {
			return new Deadlines(List.of(), List.of());
		}
		List<List<String>> bullets = new ArrayList<>();
		for (int i = start; i < lines.size() && !NEXT_SECTION.matcher(lines.get(i)).matches(); i++) {
			String line = lines.get(i);
			if (Cells.isBullet(line)) {
				bullets.add(new ArrayList<>(List.of(Cells.stripBullet(line))));
			} else if (!line.isEmpty() && !bullets.isEmpty() && !Cells.isUrl(line)) {
				bullets.get(bullets.size() - 1).add(line);
			}
		}
		List<CalendarEntryDraft> calendar = new ArrayList<>();
		List<SpecialReportingDraft> reporting = new ArrayList<>();
		for (List<String> bullet : bullets) {
			String text = Cells.join(bullet);
			Matcher lead = LEAD.matcher(text);
			lead.find();
			NorwegianDates.Leading date = NorwegianDates.leading(text.substring(lead.end()), year);
			if (date == null) {
				continue;
			}
			String leadWord = lead.group(1) == null ? "" : lead.group(1).toLowerCase(Locale.ROOT);
			// "Per 31.12 skal direktoratet levere ...": the date is part of the sentence, so the sentence stays whole
			String activityText = leadWord.equals("per") || leadWord.equals("innen") ? text
					: date.rest().replaceFirst("^[:.\\-–]\\s*", "");
			Matcher end = SENTENCE_END.matcher(activityText);
			String activity = activityText;
			String note = null;
			if (end.find()) {
				activity = activityText.substring(0, end.start() + 1);
				note = activityText.substring(end.end());
			}
			calendar.add(new CalendarEntryDraft(date.date(), null, activity, note, Source.LETTER_TEXT));
			if (REPORT.matcher(activityText).matches()) {
				reporting.add(new SpecialReportingDraft(date.written(), date.date(), null, activity, note,
						Source.LETTER_TEXT));
			}
		}
		return new Deadlines(calendar, reporting);
	}
}
