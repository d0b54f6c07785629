package no.hod.styringsregister.brukere.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import no.hod.styringsregister.brukere.Rolle;

interface BrukerRepository extends JpaRepository<BrukerEntity, Long> {

	Optional<BrukerEntity> findByBrukernavnIgnoreCase(String brukernavn);

	List<BrukerEntity> findAllByOrderByBrukernavn();

	Optional<BrukerEntity> findByOidcIssuerAndOidcSubject(String issuer, String subject);

	List<BrukerEntity> findByRolleAndEnhetIdAndAktivTrue(Rolle rolle, Long enhetId);
}
