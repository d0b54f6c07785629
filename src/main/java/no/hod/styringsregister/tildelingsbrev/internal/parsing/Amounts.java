package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;

/**
 * Amounts as the letters print them: in 1 000 NOK with a space between thousands ({@code 1 222 348}), a dash or an
 * empty cell for none. A few tables print millions with a decimal comma ({@code 0,02}); those are turned into
 * 1 000 NOK.
 */
final class Amounts {

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?: \\d{3}){0,5}");
	private static final Pattern MILLIONS = Pattern.compile("\\d{1,9},\\d{1,6}");
	/** Digit groups of the largest amount read (below a trillion kroner), which also keeps a long fits. */
	private static final int MAX_GROUPS = 6;
	/** Amount columns are read from at most this many tokens at a row's end, which bounds the search. */
	static final int MAX_TOKENS = 12;
	private static final Pattern DASH = Pattern.compile("[-–—]");

	private Amounts() {
	}

	/**
	 * Parses one amount cell. Returns {@code null} for an empty cell or a dash.
	 *
	 * @throws IllegalArgumentException when the text is not an amount
	 */
	static Long parse(String text) {
		String cell = text == null ? "" : TextLines.clean(text);
		if (cell.isEmpty() || DASH.matcher(cell).matches()) {
			return null;
		}
		if (GROUPED.matcher(cell).matches()) {
			return Long.valueOf(cell.replace(" ", ""));
		}
		if (MILLIONS.matcher(cell).matches()) {
			return millions(cell);
		}
		throw new IllegalArgumentException("Ikke et beløp: " + Sitert.verdi(text));
	}

	/** An amount in millions with a decimal comma ({@code 0,02}) in 1 000 NOK (20). */
	static long millions(String decimal) {
		return new BigDecimal(decimal.replace(',', '.')).movePointRight(3).setScale(0, RoundingMode.HALF_UP)
				.longValueExact();
	}

	/**
	 * Reads the amount columns at the end of a table row whose cells the extraction has run together, such as
	 * {@code 1 212 918 1 222 348} or {@code 118 012 116 577}. Tokens are the space-separated pieces; a digit group
	 * after the first of a number must have three digits, which settles most splits. Where several readings remain,
	 * it prefers (in this order) not to take tokens from the name, numbers of at least 1 000, two columns over one,
	 * and two numbers of similar size (the same post from one year to the next).
	 *
	 * @param tokens the trailing tokens of the row (digits, decimal numbers or dashes only), at most
	 *        {@link #MAX_TOKENS}
	 * @return the split, or {@code null} when no reading works
	 */
	static Columns trailingColumns(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
			return null;
		}
		Columns best = null;
		double bestCost = Double.MAX_VALUE;
		for (int skip = 0; skip < tokens.size(); skip++) {
			List<String> rest = tokens.subList(skip, tokens.size());
			for (int split = 1; split <= rest.size(); split++) {
				List<Long> first = number(rest.subList(0, split));
				if (first == null) {
					continue;
				}
				List<Long> second = split == rest.size() ? List.of() : number(rest.subList(split, rest.size()));
				if (second == null) {
					continue;
				}
				double cost = 100.0 * skip + (second.isEmpty() ? 20 : 0) + small(first) + small(second)
						+ (second.isEmpty() ? 0 : difference(first, second));
				if (cost < bestCost) {
					bestCost = cost;
					best = second.isEmpty() ? new Columns(skip, null, value(first))
							: new Columns(skip, value(first), value(second));
				}
			}
		}
		return best;
	}

	/**
	 * Two columns read from a row's end: {@code first} is {@code null} where only one number stands.
	 *
	 * @param nameTokens how many of the given tokens belong to the name before the amounts
	 */
	record Columns(int nameTokens, Long first, Long second) {
	}

	/** The tokens as one number: a one-element list, a list holding null for a dash, or null when not a number. */
	private static List<Long> number(List<String> tokens) {
		if (tokens.size() == 1) {
			String only = tokens.get(0);
			if (DASH.matcher(only).matches()) {
				List<Long> none = new ArrayList<>();
				none.add(null);
				return none;
			}
			if (MILLIONS.matcher(only).matches()) {
				return List.of(millions(only));
			}
		}
		if (tokens.size() > MAX_GROUPS) {
			return null;
		}
		String head = tokens.get(0);
		if (!head.matches("\\d{1,3}") || (head.length() > 1 && head.startsWith("0"))) {
			return null;
		}
		for (String group : tokens.subList(1, tokens.size())) {
			if (!group.matches("\\d{3}")) {
				return null;
			}
		}
		return List.of(Long.valueOf(String.join("", tokens)));
	}

	private static Long value(List<Long> number) {
		return number.isEmpty() ? null : number.get(0);
	}

	private static double small(List<Long> number) {
		Long value = value(number);
		return value != null && value < 1000 ? 50 : 0;
	}

	private static double difference(List<Long> first, List<Long> second) {
		Long a = value(first);
		Long b = value(second);
		if (a == null || b == null || a == 0 || b == 0) {
			return 0;
		}
		return Math.abs(Math.log10((double) a / b));
	}
}
