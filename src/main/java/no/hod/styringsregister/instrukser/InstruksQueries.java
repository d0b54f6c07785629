package no.hod.styringsregister.instrukser;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading instructions from other modules, for example to resolve an assignment's citation of a section. */
public interface InstruksQueries {

	/** An agency's versions, newest start first; a version an admin withdrew is left out, here and below. */
	List<InstruksVersjon> versjoner(long etatId);

	/**
	 * The version in force for the agency on the date: the one with the latest {@link InstruksVersjon#start() start}
	 * (in-force date, else amendment date, else issue date) on or before it; never a withdrawn one.
	 */
	Optional<InstruksVersjon> gjeldende(long etatId, LocalDate dato);

	/**
	 * Resolves a citation: section {@code nummer} ({@code 3.1}) of the instruction in force for the agency on the date
	 * (today when {@code null}).
	 */
	Optional<InstruksPunkt> section(long etatId, String nummer, LocalDate dato);

	/** Section {@code nummer} of a given version, withdrawn or not, so a citation made before still resolves. */
	Optional<InstruksPunkt> punkt(long instruksId, String nummer);

	/** All sections of a given version in document order; empty for an unknown version. */
	List<InstruksPunkt> punkter(long instruksId);

	/**
	 * For a module about to cite the version: locks it against withdrawal until the caller's transaction ends (which
	 * must be read-write), and says whether it may be cited. A withdrawal in progress is waited for.
	 */
	Siterbar laasForSitering(long instruksId);

	enum Siterbar {
		JA, TRUKKET_TILBAKE, FINNES_IKKE
	}
}
