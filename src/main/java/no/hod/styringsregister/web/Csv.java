package no.hod.styringsregister.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV as Norwegian Excel reads it: semicolons between the fields (the comma is the decimal sign), CRLF between the
 * lines, a field quoted only where it must be. Hand it to {@link Nedlasting#csv(Csv)}, which adds the byte order mark
 * Excel needs to read UTF-8.
 */
public final class Csv {

	private static final Pattern NEGATIVT_TALL = Pattern.compile("-\\d+(,\\d+)?");

	private final StringBuilder tekst = new StringBuilder();

	/** One line; {@code null} is an empty field. */
	public Csv linje(List<String> felt) {
		tekst.append(felt.stream().map(f -> felt(f == null ? "" : f)).collect(Collectors.joining(";"))).append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return tekst.toString();
	}

	/**
	 * Quotes a field when it holds a separator, quote or line break; a leading character that starts a formula
	 * (= + - @, and tab or carriage return before one) is neutralised so Excel shows text and runs nothing. A negative
	 * number ({@code -1250}, {@code -2,5}) is no formula, and stays a number Excel can sum.
	 */
	static String felt(String raa) {
		String verdi = !raa.isEmpty() && "=+-@\t\r".indexOf(raa.charAt(0)) >= 0 && !NEGATIVT_TALL.matcher(raa).matches()
				? "'" + raa : raa;
		if (verdi.contains(";") || verdi.contains("\"") || verdi.contains("\n") || verdi.contains("\r")) {
			return "\"" + verdi.replace("\"", "\"\"") + "\"";
		}
		return verdi;
	}
}
