package no.hod.styringsregister.organisasjon;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organisation as other modules see it. Read-only; admins change it through the organisation pages. */
public interface OrganisasjonService {

	List<Etat> etater();

	Optional<Etat> etat(long id);

	Optional<Etat> etatByName(String navn);

	/**
	 * The agency a page or API parameter names: by id, name or short name ({@code Hdir}), in any case, so a link may
	 * use whichever it has; empty for a blank value or one that names none.
	 */
	Optional<Etat> etat(String idEllerNavn);

	/** Active and inactive divisions of an agency, by name. */
	List<Enhet> divisjoner(long etatId);

	/** All divisions of all agencies, by agency and name. */
	List<Enhet> alleDivisjoner();

	Optional<Enhet> enhet(long id);

	/** The current name of every unit, active or not, by id: one lookup for a page that names many units. */
	Map<Long, String> enhetsnavn();

	/** Active and inactive departments of a division, by name. */
	List<Enhet> avdelinger(long divisjonId);

	/** All departments of all divisions, by division and name: one lookup for a page that offers them all. */
	List<Enhet> alleAvdelinger();

	/** The names a unit had before it was renamed, newest first. */
	List<TidligereNavn> tidligereNavn(long enhetId);

	/** The ministry's departments, all periods, by code. */
	List<Departementsavdeling> departementsavdelinger();

	/** The ministry department with this code on a date ({@code FHA} on 1 March 2025), if the code was in use then. */
	Optional<Departementsavdeling> departementsavdeling(String kode, LocalDate dato);

	/** A name a unit had until {@code gyldigTil}. */
	record TidligereNavn(String navn, java.time.OffsetDateTime gyldigTil) {
	}
}
