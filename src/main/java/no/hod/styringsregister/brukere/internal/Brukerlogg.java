package no.hod.styringsregister.brukere.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;

/**
 * The users' change log (table {@code bruker_endring}): who changed which field of a user, when, from what to what.
 * Written only inside the transaction of the change it records, so a refused or rolled-back change leaves no row, and
 * a saved one cannot be without its row. A password is never written, only that one was set ({@link #PASSORD_SATT}).
 */
@Component
class Brukerlogg {

	static final String PASSORD_SATT = "passord satt";

	private static final Locale NORSK = Locale.forLanguageTag("nb-NO");

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", NORSK);

	private final JdbcClient jdbc;

	private final MessageSource tekster;

	private final OrganisasjonService organisasjon;

	Brukerlogg(JdbcClient jdbc, MessageSource tekster, OrganisasjonService organisasjon) {
		this.jdbc = jdbc;
		this.tekster = tekster;
		this.organisasjon = organisasjon;
	}

	/** Who made a change: the signed-in user, or {@link #REGISTERET} (first admin, demo data, a login lock). */
	record Aktor(String brukernavn, String navn) {

		static final Aktor REGISTERET = new Aktor(null, null);

		static Aktor av(Optional<CurrentUser> bruker) {
			return bruker.map(b -> new Aktor(b.brukernavn(), b.navn())).orElse(REGISTERET);
		}
	}

	/** A row of the log; {@code avBrukernavn} null for what the register did itself. */
	record Endring(OffsetDateTime tidspunkt, String avBrukernavn, String avNavn, String felt, String fra, String til) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void skriv(long brukerId, Aktor av, String felt, String fra, String til) {
		jdbc.sql("""
				INSERT INTO bruker_endring (bruker_id, av_brukernavn, av_navn, felt, fra, til)
				VALUES (:bruker, :brukernavn, :navn, :felt, :fra, :til)""")
			.param("bruker", brukerId)
			.param("brukernavn", av.brukernavn())
			.param("navn", av.navn())
			.param("felt", felt)
			.param("fra", fra)
			.param("til", til)
			.update();
	}

	/**
	 * A new user: one row, whose value sums up what the user was created with; {@code hvordan}, when not by an admin's
	 * form, says how (a first sign-on through the identity provider).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void opprettet(BrukerEntity bruker, Aktor av, String hvordan) {
		String sammendrag = verdier(bruker).entrySet().stream().filter(e -> e.getValue() != null)
			.map(e -> tekst("bruker.logg.felt." + e.getKey()) + ": " + e.getValue())
			.collect(Collectors.joining("; "));
		skriv(bruker.getId(), av, "opprettet", null, hvordan == null ? sammendrag : hvordan + " " + sammendrag);
	}

	/** A row for each field whose value differs between {@code for_} and {@code etter} ({@link #verdier}). */
	@Transactional(propagation = Propagation.MANDATORY)
	void endret(long brukerId, Aktor av, Map<String, String> for_, Map<String, String> etter) {
		for (Map.Entry<String, String> felt : etter.entrySet()) {
			String fra = for_.get(felt.getKey());
			if (!Objects.equals(fra, felt.getValue())) {
				skriv(brukerId, av, felt.getKey(), fra, felt.getValue());
			}
		}
	}

	/**
	 * The fields an admin can change, as the log writes them: in the form's order, a unit by its name and a
	 * department by its code and name, a tick box as «ja» or «nei»; {@code null} for none.
	 */
	Map<String, String> verdier(BrukerEntity bruker) {
		Map<String, String> verdier = new LinkedHashMap<>();
		verdier.put("navn", bruker.getNavn());
		verdier.put("epost", bruker.getEpost());
		verdier.put("rolle", rolle(bruker.getRolle()));
		verdier.put("divisjon", bruker.getEnhetId() == null ? null
				: organisasjon.enhet(bruker.getEnhetId()).map(Enhet::navn).orElse(String.valueOf(bruker.getEnhetId())));
		Long avdeling = bruker.getDepartementsavdelingId();
		verdier.put("departementsavdeling", avdeling == null ? null
				: organisasjon.departementsavdelinger().stream().filter(a -> a.id() == avdeling).findFirst()
					.map(Departementsavdeling::etikett).orElse(String.valueOf(avdeling)));
		verdier.put("klarert", janei(bruker.isKlarert()));
		verdier.put("aktiv", janei(bruker.isAktiv()));
		return verdier;
	}

	/** The user's log, newest first. */
	@Transactional(readOnly = true)
	List<Endring> endringer(long brukerId) {
		return jdbc.sql("""
				SELECT tidspunkt, av_brukernavn, av_navn, felt, fra, til FROM bruker_endring
				WHERE bruker_id = :bruker ORDER BY tidspunkt DESC, id DESC""")
			.param("bruker", brukerId)
			.query((rs, i) -> new Endring(rs.getObject("tidspunkt", OffsetDateTime.class),
					rs.getString("av_brukernavn"), rs.getString("av_navn"), rs.getString("felt"), rs.getString("fra"),
					rs.getString("til")))
			.list();
	}

	/** A role as the form names it; a user who signed in through the identity provider and waits has none. */
	String rolle(Rolle rolle) {
		return tekst(rolle == null ? "rolle.ingen" : "rolle." + rolle.name());
	}

	String janei(boolean verdi) {
		return tekst(verdi ? "bruker.logg.ja" : "bruker.logg.nei");
	}

	/** {@code 1. desember 2026 kl. 00:30}, Oslo time, as the log's own column writes its times. */
	static String tidspunkt(OffsetDateTime tid) {
		return TIDSPUNKT.format(tid.atZoneSameInstant(OSLO));
	}

	String tekst(String kode, Object... argumenter) {
		return tekster.getMessage(kode, argumenter, NORSK);
	}
}
