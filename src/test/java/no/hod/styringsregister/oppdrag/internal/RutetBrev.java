package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

import no.hod.styringsregister.oppdrag.OppdragImport;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * {@link HemmeligBrev} imported for Helsedirektoratet in a year of its own, with TB-1 to TB-3 routed to its first
 * division; the second division is there to route elsewhere.
 */
record RutetBrev(int aar, Enhet divisjon, Enhet annenDivisjon) {

	static RutetBrev importer(OppdragImport oppdragImport, OrganisasjonService organisasjon, OppdragArbeidsflyt flyt) {
		int aar = OppdragTestdata.nyttAar();
		long etat = organisasjon.etatByName("Helsedirektoratet").orElseThrow().id();
		oppdragImport.apply(OppdragTestdata.nyttBrev(), aar, etat, HemmeligBrev.oppdrag(aar));
		List<Enhet> divisjoner = organisasjon.divisjoner(etat);
		RutetBrev brev = new RutetBrev(aar, divisjoner.get(0), divisjoner.get(1));
		flyt.rute(List.of(brev.tb(1), brev.tb(2), brev.tb(3)), brev.divisjon().id(), null, OppdragTestdata.admin());
		return brev;
	}

	String tb(int n) {
		return "TB" + aar + "-" + n;
	}
}
