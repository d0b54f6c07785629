package no.hod.styringsregister;

import java.util.List;

/**
 * A rule a form breaks, with the field it is about ({@code null} for the form as a whole), so the form can say it
 * beside its field (fragments/skjemafeil.html). In the base package, outside the modules, as {@link EnLinje}: the
 * forms of several modules use it, and the web module depends on brukere, so brukere cannot depend on it.
 */
public record Regelbrudd(String felt, String melding) {

	/** A refusal with every rule broken, so a form can show them all at once instead of one per try. */
	public static final class Avvist extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final transient List<Regelbrudd> brudd;

		public Avvist(List<Regelbrudd> brudd) {
			super(String.join(" ", brudd.stream().map(Regelbrudd::melding).toList()));
			this.brudd = List.copyOf(brudd);
		}

		public List<Regelbrudd> brudd() {
			return brudd;
		}
	}

	/**
	 * A refused form as fragments/skjemafeil shows it: the form's id on the page, and its problems in order, each with
	 * the field it concerns, if one.
	 */
	public record Avvisning(String skjema, List<Regelbrudd> problemer) {

		public static Avvisning av(String skjema, IllegalArgumentException ex) {
			return new Avvisning(skjema, ex instanceof Avvist avvist ? avvist.brudd()
					: List.of(new Regelbrudd(null, ex.getMessage())));
		}

		/** What is said beside the field, or {@code null} when nothing is wrong with it. */
		public String melding(String felt) {
			List<String> om = problemer.stream().filter(p -> felt.equals(p.felt())).map(Regelbrudd::melding).toList();
			return om.isEmpty() ? null : String.join(" ", om);
		}
	}
}
