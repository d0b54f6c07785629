package no.hod.styringsregister.rapporteringskalender.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.rapporteringskalender.KalenderImport;
import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.rapporteringskalender.internal.KalenderRepository.Innhold;
import no.hod.styringsregister.rapporteringskalender.internal.KalenderRepository.Rad;

/**
 * Entries are keyed within their letter by activity (or subject) and occurrence, so a moved date counts as a change.
 * Counts are per stored entry, that is after special reporting is expanded into its occurrences. Entries an admin has
 * edited or removed by hand are left alone and counted as unchanged.
 */
@Service
@Transactional
class DefaultKalenderImport implements KalenderImport {

	private final KalenderRepository repository;

	DefaultKalenderImport(KalenderRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public Diff compare(long brevId, List<KalenderData> kalender, List<SaerskiltData> saerskilt) {
		int aar = repository.forBrev(brevId).stream().map(Rad::aar).findFirst()
			.orElseGet(() -> aarFra(kalender, saerskilt));
		return plan(brevId, aar, kalender, saerskilt).diff();
	}

	@Override
	public Diff apply(long brevId, int aar, long etatId, List<KalenderData> kalender, List<SaerskiltData> saerskilt) {
		Plan plan = plan(brevId, aar, kalender, saerskilt);
		plan.nye().forEach((nokkel, innhold) -> repository.settInnFraBrev(brevId, nokkel, aar, etatId, innhold));
		plan.endrede().forEach((id, innhold) -> repository.oppdaterFraBrev(id, aar, etatId, innhold));
		plan.fjernede().forEach(repository::slettFraBrev);
		plan.brevetsEgne().forEach(repository::oppdaterBrevetsEgen);
		plan.fjernetFulgt().forEach((id, innhold) -> repository.oppdaterFjernetFraBrev(id, aar, etatId, innhold));
		plan.fjernetUtgatt().forEach(repository::fjernetUtgattFraBrev);
		repository.merkBrevTrukketTilbake(brevId, false);
		return plan.diff();
	}

	@Override
	@Transactional(readOnly = true)
	public Tilbaketrekking compareWithdraw(long brevId) {
		List<Rad> synlige = repository.forBrev(brevId).stream().filter(rad -> !rad.slettet()).toList();
		return new Tilbaketrekking(synlige.size(), (int) synlige.stream().filter(Rad::manueltEndret).count());
	}

	@Override
	public Tilbaketrekking withdraw(long brevId) {
		Tilbaketrekking hva = compareWithdraw(brevId);
		repository.slettSynligeFraBrev(brevId);
		repository.merkBrevTrukketTilbake(brevId, true);
		return hva;
	}

	/**
	 * @param brevetsEgne entries edited by hand whose letter now gives another day, time or title than it did
	 * @param fjernetFulgt entries removed by hand, not edited before, that the letter now gives otherwise: they follow
	 *     it while out of the calendar, so a restore brings back what the letter gives, as the letter's
	 * @param fjernetUtgatt entries removed by hand, not edited before, that the letter no longer gives: a restore
	 *     brings one back as kept by hand, not as the letter's, which the letter's next import would take out again
	 */
	private record Plan(Map<String, Innhold> nye, Map<Long, Innhold> endrede, List<Long> fjernede,
			Map<Long, Innhold> brevetsEgne, Map<Long, Innhold> fjernetFulgt, List<Long> fjernetUtgatt, Diff diff) {
	}

	/** Removed by hand without having been edited: it is still the letter's, only out of the calendar. */
	private static boolean fjernetUendret(Rad rad) {
		return rad.slettet() && Boolean.FALSE.equals(rad.endretForFjerning());
	}

	private Plan plan(long brevId, int aar, List<KalenderData> kalender, List<SaerskiltData> saerskilt) {
		Map<String, Innhold> inn = oppforinger(aar, kalender, saerskilt);
		Map<String, Rad> lagrede = new HashMap<>();
		repository.forBrev(brevId).forEach(rad -> lagrede.put(rad.kildeNokkel(), rad));
		Map<String, Innhold> nye = new LinkedHashMap<>();
		Map<Long, Innhold> endrede = new LinkedHashMap<>();
		Map<Long, Innhold> brevetsEgne = new LinkedHashMap<>();
		Map<Long, Innhold> fjernetFulgt = new LinkedHashMap<>();
		List<Long> fjernetUtgatt = new ArrayList<>();
		int unchanged = 0;
		for (Map.Entry<String, Innhold> entry : inn.entrySet()) {
			Rad lagret = lagrede.remove(entry.getKey());
			if (lagret == null) {
				nye.put(entry.getKey(), entry.getValue());
			}
			else if (fjernetUendret(lagret)) {
				// Out of the calendar, so no change a reader would see: counted as before.
				unchanged++;
				if (!lagret.innhold().equals(entry.getValue())) {
					fjernetFulgt.put(lagret.id(), entry.getValue());
				}
			}
			else if (lagret.manueltEndret() || lagret.innhold().equals(entry.getValue())) {
				unchanged++;
				if (lagret.manueltEndret() && lagret.brevetsDato() != null && !brevetSier(lagret, entry.getValue())) {
					brevetsEgne.put(lagret.id(), entry.getValue());
				}
			}
			else {
				endrede.put(lagret.id(), entry.getValue());
			}
		}
		List<Long> fjernede = new ArrayList<>();
		for (Rad rest : lagrede.values()) {
			if (fjernetUendret(rest)) {
				unchanged++;
				fjernetUtgatt.add(rest.id());
			}
			else if (rest.manueltEndret()) {
				unchanged++;
			}
			else {
				fjernede.add(rest.id());
			}
		}
		return new Plan(nye, endrede, fjernede, brevetsEgne, fjernetFulgt, fjernetUtgatt,
				new Diff(nye.size(), endrede.size(), fjernede.size(), unchanged));
	}

	/** Whether what an edited entry keeps as the letter's own is what the letter gives now. */
	private static boolean brevetSier(Rad rad, Innhold innhold) {
		return innhold.dato().equals(rad.brevetsDato())
				&& Boolean.valueOf(innhold.datoAnslatt()).equals(rad.brevetsDatoAnslatt())
				&& Objects.equals(innhold.tid(), rad.brevetsTid()) && innhold.tittel().equals(rad.brevetsTittel());
	}

	/**
	 * The letter's entries by key, special reporting expanded. A calendar row without a date is kept with an estimate
	 * (the end of the year) for an admin to correct, like special reporting without a day; a row without any text has
	 * nothing to show and is left out.
	 */
	static Map<String, Innhold> oppforinger(int aar, List<KalenderData> kalender, List<SaerskiltData> saerskilt) {
		Map<String, Innhold> resultat = new LinkedHashMap<>();
		Map<String, Integer> sett = new HashMap<>();
		for (KalenderData rad : Objects.requireNonNullElse(kalender, List.<KalenderData>of())) {
			String tittel = enLinje(rad.aktivitet());
			if (tittel == null) {
				continue;
			}
			String nokkel = "K:" + normalisert(tittel) + "#" + sett.merge("K:" + normalisert(tittel), 1, Integer::sum);
			boolean anslatt = rad.dato() == null;
			resultat.put(nokkel, new Innhold("KALENDER", anslatt ? LocalDate.of(aar, 12, 31) : rad.dato(), anslatt,
					tekst(rad.tid()), tittel, tekst(rad.merknad()), null, null, rad.kilde().name()));
		}
		for (SaerskiltData rad : Objects.requireNonNullElse(saerskilt, List.<SaerskiltData>of())) {
			String tittel = enLinje(rad.tema());
			if (tittel == null) {
				continue;
			}
			String rot = "S:" + normalisert(tittel) + "#" + sett.merge("S:" + normalisert(tittel), 1, Integer::sum);
			List<Gjentakelse.Forekomst> forekomster = Gjentakelse.utvid(aar, rad.dato(), rad.frekvens());
			for (int i = 0; i < forekomster.size(); i++) {
				Gjentakelse.Forekomst forekomst = forekomster.get(i);
				resultat.put(rot + ":" + (i + 1), new Innhold("SAERSKILT", forekomst.dato(), forekomst.anslatt(), null,
						tittel, tekst(rad.kommentar()), tekst(rad.naar()), rad.frekvens(), rad.kilde().name()));
			}
		}
		return resultat;
	}

	/** For a letter not imported before, compare gets no year: its dated rows tell it. */
	private static int aarFra(List<KalenderData> kalender, List<SaerskiltData> saerskilt) {
		return Objects.requireNonNullElse(kalender, List.<KalenderData>of()).stream()
			.map(KalenderData::dato).filter(Objects::nonNull).map(d -> d.getYear()).findFirst()
			.orElseGet(() -> Objects.requireNonNullElse(saerskilt, List.<SaerskiltData>of()).stream()
				.map(SaerskiltData::dato).filter(Objects::nonNull).map(d -> d.getYear()).findFirst()
				.orElse(Year.now(Formats.OSLO).getValue()));
	}

	private static String normalisert(String tekst) {
		return tekst.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String enLinje(String verdi) {
		String tekst = tekst(verdi);
		return tekst == null ? null : tekst.replaceAll("\\s+", " ");
	}

	private static String tekst(String verdi) {
		return verdi == null || verdi.isBlank() ? null : verdi.strip();
	}
}
