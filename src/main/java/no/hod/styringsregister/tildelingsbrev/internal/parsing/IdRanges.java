package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assignment ids written short for a message about many of them: runs of one prefix with consecutive numbers as
 * «TB2025-1 – TB2025-72», so that a letter whose every id is wrong is named in one line rather than 72.
 */
public final class IdRanges {

	private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

	/** Runs shorter than this are listed one by one: «TB2025-1, TB2025-2» says as much as a range. */
	private static final int SHORTEST_RANGE = 3;

	private IdRanges() {
	}

	/** The ids, ordered by prefix and number, consecutive runs as ranges, separated by commas. */
	public static String of(List<String> ids) {
		List<Id> sorted = ids.stream().map(Id::of)
			.sorted(Comparator.comparing(Id::prefix).thenComparingLong(Id::number))
			.toList();
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= sorted.size(); i++) {
			if (i == sorted.size() || !sorted.get(i).follows(sorted.get(i - 1))) {
				if (i - start >= SHORTEST_RANGE) {
					parts.add(sorted.get(start).text() + " – " + sorted.get(i - 1).text());
				}
				else {
					sorted.subList(start, i).forEach(id -> parts.add(id.text()));
				}
				start = i;
			}
		}
		return String.join(", ", parts);
	}

	/** An id split into its prefix and trailing number; -1 where it has none, which joins no run. */
	private record Id(String text, String prefix, long number) {

		static Id of(String text) {
			Matcher m = NUMBERED.matcher(text);
			if (m.matches() && m.group(2).length() < 10) {
				return new Id(text, m.group(1), Long.parseLong(m.group(2)));
			}
			return new Id(text, text, -1);
		}

		boolean follows(Id before) {
			return number >= 0 && before.number >= 0 && prefix.equals(before.prefix) && number == before.number + 1;
		}
	}
}
