package no.hod.styringsregister.rapporter.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hod.styringsregister.oppdrag.OppdragRapport.StatusPaaDato;
import no.hod.styringsregister.oppdrag.OppdragStatus;

/**
 * The status report of an agency's year on a cut-off date, as the letters ask for it: every assignment grouped by
 * goal, the deviations (Forsinket, overdue, Utgår with reasons) and the assignments carried over from the year before.
 * One model for the printable page, the PDF and the spreadsheet, so the three always agree.
 *
 * @param registrertFra the first day the register knew an assignment of the year; {@code null} when it has none
 * @param maal this year's own assignments by goal (section), in the letter's order
 * @param videreforte assignments carried over from an earlier year
 * @param forfalte open, not reported Forsinket, and the first deadline passed before the cut-off date
 * @param viserUnntatt the report shows its reader content exempt from public disclosure (offl. § 22)
 */
record StatusRapport(String etat, int aar, LocalDate dato, LocalDate registrertFra, OffsetDateTime produsert,
		String produsertAv,
		List<Maal> maal, List<StatusPaaDato> videreforte, List<StatusPaaDato> forsinkede, List<StatusPaaDato> forfalte,
		List<StatusPaaDato> utgatte, Map<OppdragStatus, Integer> perStatus, int antall, boolean viserUnntatt) {

	record Maal(String nummer, String tittel, List<StatusPaaDato> oppdrag) {
	}

	public boolean tom() {
		return antall == 0;
	}

	/** Empty because the date is before the register knew the year's assignments. */
	public boolean forTidlig() {
		return antall == 0 && registrertFra != null && dato.isBefore(registrertFra);
	}

	public boolean harAvvik() {
		return !forsinkede.isEmpty() || !forfalte.isEmpty() || !utgatte.isEmpty();
	}

	/** The id of the deviations' first row, the first under their heading; {@code null} without deviations. */
	public String forsteAvviksrad() {
		if (!forsinkede.isEmpty()) {
			return "forsinket-" + forsinkede.get(0).nokkel();
		}
		if (!forfalte.isEmpty()) {
			return "forfalt-" + forfalte.get(0).nokkel();
		}
		return utgatte.isEmpty() ? null : "utgaar-" + utgatte.get(0).nokkel();
	}

	/** Groups the assignments; they arrive in natural id order and keep it within each goal. */
	static StatusRapport av(String etat, int aar, LocalDate dato, LocalDate registrertFra, OffsetDateTime produsert,
			String produsertAv, List<StatusPaaDato> oppdrag) {
		Map<String, List<StatusPaaDato>> grupper = new LinkedHashMap<>();
		Map<String, String> titler = new LinkedHashMap<>();
		List<StatusPaaDato> videreforte = new ArrayList<>();
		for (StatusPaaDato o : oppdrag) {
			if (o.opphavId() != null) {
				videreforte.add(o);
				continue;
			}
			String nr = o.seksjon() == null ? "" : o.seksjon();
			grupper.computeIfAbsent(nr, k -> new ArrayList<>()).add(o);
			titler.putIfAbsent(nr, o.seksjonTittel());
		}
		List<Maal> maal = grupper.entrySet().stream()
			.sorted(Map.Entry.comparingByKey(StatusRapport::seksjonsorden))
			.map(e -> new Maal(e.getKey().isEmpty() ? null : e.getKey(), titler.get(e.getKey()), List.copyOf(e.getValue())))
			.toList();
		Map<OppdragStatus, Integer> perStatus = new EnumMap<>(OppdragStatus.class);
		for (OppdragStatus s : OppdragStatus.values()) {
			perStatus.put(s, 0);
		}
		oppdrag.forEach(o -> perStatus.merge(o.status(), 1, Integer::sum));
		Comparator<StatusPaaDato> etterFrist = Comparator.comparing(StatusPaaDato::forsteFrist,
				Comparator.nullsLast(Comparator.naturalOrder()));
		return new StatusRapport(etat, aar, dato, registrertFra, produsert, produsertAv, maal, List.copyOf(videreforte),
				oppdrag.stream().filter(o -> o.status() == OppdragStatus.FORSINKET).toList(),
				oppdrag.stream().filter(o -> o.status() != OppdragStatus.FORSINKET && o.forfalt(dato)).sorted(etterFrist)
					.toList(),
				oppdrag.stream().filter(o -> o.status() == OppdragStatus.UTGAAR).toList(), perStatus, oppdrag.size(),
				oppdrag.stream().anyMatch(StatusPaaDato::viserUnntatt));
	}

	/** 2.1 before 3.1 before 3.10; no section last. */
	static int seksjonsorden(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return Boolean.compare(a.isEmpty(), b.isEmpty());
		}
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c = tall(x[i]) != null && tall(y[i]) != null ? Integer.compare(tall(x[i]), tall(y[i]))
					: x[i].compareTo(y[i]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	private static Integer tall(String s) {
		return s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
	}
}
