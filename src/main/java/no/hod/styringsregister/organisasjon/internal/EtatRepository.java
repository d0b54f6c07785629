package no.hod.styringsregister.organisasjon.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EtatRepository extends JpaRepository<EtatEntity, Long> {

	List<EtatEntity> findAllByOrderByNavn();

	Optional<EtatEntity> findByNavnIgnoreCase(String navn);
}
