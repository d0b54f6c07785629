package no.hod.styringsregister.organisasjon.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import no.hod.styringsregister.organisasjon.Enhet;

interface EnhetRepository extends JpaRepository<EnhetEntity, Long> {

	List<EnhetEntity> findByEtatIdAndTypeOrderByNavn(long etatId, Enhet.Type type);

	List<EnhetEntity> findByTypeOrderByEtatIdAscNavnAsc(Enhet.Type type);
}
