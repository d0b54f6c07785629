package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * The list's query parameters, shared by the page, the exports and the API so a link means the same everywhere.
 *
 * @param agency an agency's id, name or short name ({@code Hdir})
 * @param section a goal or section number ({@code 3} or {@code 3.4})
 * @param letter the id of the letter the assignments came from
 */
record ListeParametre(String q, Integer year, String agency, List<String> status, Long division, Long department,
		String section, String hodDepartment, Long letter, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo, Boolean overdue, String sort, Boolean desc,
		Integer page, Integer size) {

	static final List<String> SORTERINGER = List.of("relevans", "id", "frist", "status", "endret");

	OppdragFilter filter(OrganisasjonService organisasjon) {
		if (sort != null && !sort.isBlank() && !SORTERINGER.contains(sort)) {
			throw new Avvist("Ukjent sortering «" + sort + "». Bruk en av " + String.join(", ", SORTERINGER) + ".");
		}
		if (deadlineFrom != null && deadlineTo != null && deadlineTo.isBefore(deadlineFrom)) {
			throw new Avvist("Fristen til kan ikke være før fristen fra.");
		}
		return new OppdragFilter(q, year, etat(organisasjon), statuser(), division, department, section, hodDepartment,
				letter, deadlineFrom, deadlineTo, Boolean.TRUE.equals(overdue), sort, Boolean.TRUE.equals(desc),
				page == null ? 0 : page, size == null ? OppdragFilter.STANDARD_STORRELSE : size);
	}

	private Long etat(OrganisasjonService organisasjon) {
		if (agency == null || agency.isBlank()) {
			return null;
		}
		String verdi = agency.strip();
		if (verdi.chars().allMatch(Character::isDigit)) {
			return Long.valueOf(verdi);
		}
		return organisasjon.etater().stream()
			.filter(e -> e.navn().equalsIgnoreCase(verdi) || verdi.equalsIgnoreCase(e.kortnavn()))
			.map(Etat::id)
			.findFirst()
			.orElseThrow(() -> new Avvist("Ukjent etat «" + verdi + "»."));
	}

	private List<OppdragStatus> statuser() {
		List<OppdragStatus> valgt = new ArrayList<>();
		if (status != null) {
			for (String s : status) {
				if (s == null || s.isBlank()) {
					continue;
				}
				try {
					valgt.add(OppdragStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new Avvist("Ukjent status «" + s + "».");
				}
			}
		}
		return valgt;
	}
}
