package no.hod.styringsregister.brukere.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import no.hod.styringsregister.brukere.Rolle;

interface BrukerRepository extends JpaRepository<BrukerEntity, Long> {

	/**
	 * The user, locked until the transaction ends: a second admin's save waits, and then sees the version this one
	 * leaves.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT b FROM BrukerEntity b WHERE b.id = :id")
	Optional<BrukerEntity> findForUpdate(long id);

	Optional<BrukerEntity> findByBrukernavnIgnoreCase(String brukernavn);

	List<BrukerEntity> findAllByOrderByBrukernavn();

	Optional<BrukerEntity> findByOidcIssuerAndOidcSubject(String issuer, String subject);

	List<BrukerEntity> findByRolleAndEnhetIdAndAktivTrue(Rolle rolle, Long enhetId);
}
