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
}
