package no.hod.styringsregister.organisasjon;

import java.util.List;
import java.util.Optional;

/** The organisation as other modules see it. */
public interface OrganisasjonService {

	List<Etat> etater();

	Optional<Etat> etat(long id);

	Optional<Etat> etatByName(String navn);

	/** Active and inactive divisions of an agency, by name. */
	List<Enhet> divisjoner(long etatId);

	/** All divisions of all agencies, by agency and name. */
	List<Enhet> alleDivisjoner();

	Optional<Enhet> enhet(long id);
}
