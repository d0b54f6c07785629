package no.hod.styringsregister.brukere.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing first admin password into a plain message at startup instead of a stack trace. */
class MissingInitialAdminFailureAnalyzer extends AbstractFailureAnalyzer<MissingInitialAdminException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingInitialAdminException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Sett miljøvariabelen STYRINGSREGISTER_ADMIN_PASSWORD (minst 12 tegn) for å opprette den første "
						+ "administratoren («admin»), eller start i demomodus med STYRINGSREGISTER_DEMO=true.",
				cause);
	}
}
