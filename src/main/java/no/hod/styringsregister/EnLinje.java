package no.hod.styringsregister;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A one-line field (a title, a name): no line breaks and no other control characters. Such text is shown on one line
 * everywhere (lists, the start page, the API, the calendar feed), and a line break typed or pasted into it broke it
 * into several there. Nor the bidirectional embedding, override and isolate controls ({@link Sitert}): invisible,
 * one pasted into a title would turn the rest of every line showing it around. They are refused rather than removed,
 * as every module checks its one-line text through this rule but saves it on its own. Tab is let through: pasted from
 * a spreadsheet it is harmless, and every format the register writes allows it. Multi-line fields (notes, comments,
 * reasons) do not use this. Forms bound to an object use the annotation; services that check their input themselves
 * use {@link Regel#sjekk}. In the base package, outside the modules, as every module's forms use it (the web module
 * depends on brukere, so brukere cannot depend on it).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnLinje.Regel.class)
public @interface EnLinje {

	String message() default "{tekst.en-linje}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule, for the annotation and for services alike. */
	final class Regel implements ConstraintValidator<EnLinje, CharSequence> {

		/**
		 * Control characters but tab (C0, DEL and C1: line feed, carriage return, vertical tab, form feed, next line
		 * among them), Unicode's line and paragraph separators, and the bidirectional controls.
		 */
		private static final Pattern IKKE_EN_LINJE = Pattern
			.compile("[\\p{Cc}\\u2028\\u2029" + Sitert.RETNINGSTEGN + "&&[^\\t]]");

		/** Whether the text stays on one line; no text does too. */
		public static boolean godtatt(CharSequence tekst) {
			return tekst == null || !IKKE_EN_LINJE.matcher(tekst).find();
		}

		/**
		 * Refuses a text that does not stay on one line, naming the field.
		 *
		 * @param felt the field as the sentence starts with it, e.g. «Tittelen» or «Navnet»
		 * @throws IllegalArgumentException with the message for the user
		 */
		public static void sjekk(CharSequence tekst, String felt) {
			if (!godtatt(tekst)) {
				throw new IllegalArgumentException(melding(felt));
			}
		}

		/** What the user is told: «Tittelen må stå på én linje, uten linjeskift eller andre kontrolltegn.» */
		public static String melding(String felt) {
			return felt + " må stå på én linje, uten linjeskift eller andre kontrolltegn.";
		}

		@Override
		public boolean isValid(CharSequence tekst, ConstraintValidatorContext context) {
			return godtatt(tekst);
		}
	}
}
