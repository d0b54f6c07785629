package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as an admin types them into a field of the review: {@code 1. november 2029}, {@code 1. nov. 2029},
 * {@code 01.11.2029}, {@code 1.11.2029} or {@code 2029-11-01}, several separated by commas or semicolons. Spaces
 * separate dates too, as the field has always taken them ({@code 1.6.2029 1.9.2029}), but never the words of one.
 * The year must be written: whether «1. februar» is in the letter's year or the next is the admin's to say.
 */
public final class TypedDates {

	private static final Pattern SEPARATOR = Pattern.compile("[,;]");

	private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?=$|\\s)");

	private TypedDates() {
	}

	/** One date as typed, and the day it names; {@code date} is null where the text names no day with its year. */
	public record Typed(String written, LocalDate date) {
	}

	/**
	 * The dates of the text in order. A part between separators that is not wholly dates comes back whole, undated,
	 * so that the admin is told once what could not be read.
	 */
	public static List<Typed> read(String text) {
		List<Typed> typed = new ArrayList<>();
		for (String part : SEPARATOR.split(text == null ? "" : text)) {
			String written = part.strip();
			if (!written.isEmpty()) {
				List<Typed> dates = dates(written);
				typed.addAll(dates != null ? dates : List.of(new Typed(written, null)));
			}
		}
		return typed;
	}

	/** The dates a part writes one after another, or {@code null} if any of it is none. */
	private static List<Typed> dates(String part) {
		List<Typed> dates = new ArrayList<>();
		String rest = part;
		while (!rest.isEmpty()) {
			Matcher iso = ISO.matcher(rest);
			if (iso.find()) {
				try {
					dates.add(new Typed(iso.group(), LocalDate.parse(iso.group())));
				}
				catch (DateTimeParseException noSuchDay) {
					return null;
				}
				rest = rest.substring(iso.end()).strip();
				continue;
			}
			NorwegianDates.Leading leading = NorwegianDates.leadingWithYear(rest);
			if (leading == null) {
				return null;
			}
			dates.add(new Typed(leading.written(), leading.date()));
			rest = leading.rest();
		}
		return dates;
	}
}
