package no.hod.styringsregister.oppdrag.internal;

import java.util.concurrent.atomic.AtomicInteger;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.oppdrag.OppdragFilter;

/** Users and unique years/letter ids for tests that share one database. */
final class OppdragTestdata {

	/** Test years far from real letters, one per test so official ids never collide. */
	private static final AtomicInteger AAR = new AtomicInteger(2100);

	private static final AtomicInteger BREV = new AtomicInteger(900_000);

	private OppdragTestdata() {
	}

	static int nyttAar() {
		return AAR.addAndGet(2);
	}

	static long nyttBrev() {
		return BREV.incrementAndGet();
	}

	/** A free-text search of every year, as the list's {@code q} gives it. */
	static OppdragFilter fritekst(String q) {
		return OppdragFilter.sok(q);
	}

	static CurrentUser klarert() {
		return new CurrentUser(1, "klarert", "Klarert Saksbehandler", Rolle.HOD_SAKSBEHANDLER, null, true);
	}

	static CurrentUser uklarert() {
		return new CurrentUser(2, "uklarert", "Uklarert Saksbehandler", Rolle.HOD_SAKSBEHANDLER, null, false);
	}

	static CurrentUser admin() {
		return new CurrentUser(3, "admin-test", "Admin Test", Rolle.ADMIN, null, false);
	}

	static CurrentUser leder(long divisjonId) {
		return new CurrentUser(4, "leder", "Divisjon Leder", Rolle.HDIR_LEDER, divisjonId, false);
	}
}
