package no.hod.styringsregister.instrukser.internal.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Norwegian documents write them: {@code 17.12.2025}, {@code 1.1.2026}, {@code 20. mai 2019}. */
final class NorwegianDates {

	private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember");

	/** Group 1 day, then either group 2 month number or group 3 month name, group 4 year. */
	static final String DATE = "(\\d{1,2})\\.(?:(\\d{1,2})\\.|\\s*(" + String.join("|", MONTHS) + ")\\s+)(\\d{4})";

	static final Pattern PATTERN = Pattern.compile("(?<![\\d.])" + DATE + "(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private NorwegianDates() {
	}

	/** The date a {@link #PATTERN} match (or a pattern embedding {@link #DATE} from the given group) stands for. */
	static Optional<LocalDate> of(Matcher match, int firstGroup) {
		int day = Integer.parseInt(match.group(firstGroup));
		String number = match.group(firstGroup + 1);
		int month = number != null ? Integer.parseInt(number)
				: MONTHS.indexOf(match.group(firstGroup + 2).toLowerCase()) + 1;
		int year = Integer.parseInt(match.group(firstGroup + 3));
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException impossible) {
			return Optional.empty();
		}
	}
}
