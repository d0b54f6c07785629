package no.hod.styringsregister.dokumenter.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Renders the numbers Word shows in front of list paragraphs ("1.", "a)", "2.3"), which POI does not: it gives
 * the level's format and text template ({@code %1.%2}), and the counting is done here, in document order. Bullets
 * become "•", since their glyph is a private character of a symbol font.
 */
final class ListNumbering {

	private static final int LEVELS = 9;

	private static final int NOT_STARTED = Integer.MIN_VALUE;

	/** Beyond "zz…" letter labels would only grow; Word itself gives up long before. */
	private static final int MAX_LETTER_NUMBER = 26 * 10;

	private final XWPFNumbering numbering;

	/** Per list (numId): the current number at each level, or {@link #NOT_STARTED}. */
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	ListNumbering(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	/** The label followed by a space, or "" for paragraphs that are not in a list. */
	String label(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		if (numbering == null || numId == null) {
			return "";
		}
		CTLvl[] levels = levels(numId);
		int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
		if (level < 0 || level >= LEVELS || level >= levels.length || levels[level] == null) {
			return "";
		}
		String format = format(levels[level]);
		if (format.equals("bullet")) {
			return "• ";
		}
		if (format.equals("none") || !levels[level].isSetLvlText()) {
			return "";
		}
		int[] current = counters.computeIfAbsent(numId, id -> notStarted());
		current[level] = current[level] == NOT_STARTED ? start(paragraph, levels[level]) : current[level] + 1;
		Arrays.fill(current, level + 1, LEVELS, NOT_STARTED);
		return render(levels[level].getLvlText().getVal(), current, levels) + " ";
	}

	private static int[] notStarted() {
		int[] current = new int[LEVELS];
		Arrays.fill(current, NOT_STARTED);
		return current;
	}

	private CTLvl[] levels(BigInteger numId) {
		BigInteger abstractNumId = numbering.getAbstractNumID(numId);
		XWPFAbstractNum abstractNum = abstractNumId == null ? null : numbering.getAbstractNum(abstractNumId);
		if (abstractNum == null || abstractNum.getCTAbstractNum() == null) {
			return new CTLvl[0];
		}
		CTLvl[] levels = new CTLvl[LEVELS];
		for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
			int index = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
			if (index >= 0 && index < LEVELS) {
				levels[index] = lvl;
			}
		}
		return levels;
	}

	private static int start(XWPFParagraph paragraph, CTLvl level) {
		BigInteger override = paragraph.getNumStartOverride();
		if (override != null) {
			return override.intValue();
		}
		return level.isSetStart() ? level.getStart().getVal().intValue() : 1;
	}

	/** Fills {@code %1}…{@code %9} with the counters of those levels, each in its own format. */
	private static String render(String template, int[] current, CTLvl[] levels) {
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < template.length(); i++) {
			char c = template.charAt(i);
			if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1'
					&& template.charAt(i + 1) <= '9') {
				int level = template.charAt(++i) - '1';
				// a parent level that never started shows as 1, as in Word
				int value = current[level] == NOT_STARTED ? 1 : current[level];
				label.append(number(value, levels[level] == null ? "decimal" : format(levels[level])));
			}
			else {
				label.append(c);
			}
		}
		return label.toString();
	}

	private static String format(CTLvl level) {
		return level.isSetNumFmt() && level.getNumFmt().getVal() != null ? level.getNumFmt().getVal().toString()
				: "decimal";
	}

	private static String number(int value, String format) {
		return switch (format) {
			case "lowerLetter" -> letters(value);
			case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
			case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
			case "upperRoman" -> roman(value);
			case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
			default -> Integer.toString(value);
		};
	}

	/** Word's letters: a … z, then aa … zz. */
	private static String letters(int value) {
		if (value < 1 || value > MAX_LETTER_NUMBER) {
			return Integer.toString(value);
		}
		char letter = (char) ('a' + (value - 1) % 26);
		return String.valueOf(letter).repeat((value - 1) / 26 + 1);
	}

	private static String roman(int value) {
		if (value < 1 || value > 3999) {
			return Integer.toString(value);
		}
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder roman = new StringBuilder();
		int rest = value;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				roman.append(symbols[i]);
				rest -= values[i];
			}
		}
		return roman.toString();
	}
}
