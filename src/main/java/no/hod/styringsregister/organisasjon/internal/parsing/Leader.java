package no.hod.styringsregister.organisasjon.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leader line: {@code Avdelingsdirektør: Jakob Linhave}, {@code Konstituert avdelingsdirektør: …},
 * {@code Kommunikasjonsdirektør: …}, {@code Avdelingsdirektør: Anne-Grete Skjellanger, ask@helsedir.no}.
 *
 * @param title the title before the colon, a misspelt {@code -direktør} corrected
 * @param name the name without e-mail address and trailing full stop
 * @param writtenTitle the title exactly as written, to tell the admin about a correction
 */
record Leader(String title, String name, String writtenTitle) {

	/** The title ends in "direktør" or one of the misspellings seen in the sources ("dirketør"). */
	private static final Pattern LINE = Pattern.compile(
			"(?iu)((?:(?:konstituert|fungerende|midlertidig|kst\\.)\\s+)?\\p{L}*?)"
					+ "(direktør|dirketør|diretør|direktor)\\s*:\\s*(.+)");
	private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
	private static final Pattern INITIAL_AT_END = Pattern.compile(".*(?<!\\p{L})\\p{Lu}\\.$");

	static Leader of(String line) {
		Matcher leader = LINE.matcher(line);
		if (!leader.matches()) {
			return null;
		}
		String name = name(leader.group(3));
		if (name.isEmpty()) {
			return null;
		}
		String written = leader.group(1) + leader.group(2);
		return new Leader(leader.group(1) + "direktør", name, written);
	}

	boolean corrected() {
		return !title.equals(writtenTitle);
	}

	boolean divisionLevel() {
		return title.toLowerCase(Locale.ROOT).contains("divisjon");
	}

	private static String name(String written) {
		List<String> parts = new ArrayList<>();
		for (String part : written.split(",")) {
			String kept = EMAIL.matcher(part).replaceAll("").trim();
			if (!kept.isEmpty()) {
				parts.add(kept);
			}
		}
		String name = String.join(", ", parts);
		if (name.endsWith(".") && !INITIAL_AT_END.matcher(name).matches()) {
			name = name.substring(0, name.length() - 1).trim();
		}
		return name;
	}
}
