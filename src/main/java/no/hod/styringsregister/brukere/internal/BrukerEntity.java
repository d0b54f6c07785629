package no.hod.styringsregister.brukere.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.Rolle;

@Entity
@Table(name = "bruker")
class BrukerEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String brukernavn;

	private String navn;

	@Column(name = "passord_hash")
	private String passordHash;

	@Enumerated(EnumType.STRING)
	private Rolle rolle;

	@Column(name = "enhet_id")
	private Long enhetId;

	private boolean klarert;

	private boolean aktiv = true;

	private String epost;

	@Column(name = "departementsavdeling_id")
	private Long departementsavdelingId;

	@Version
	private long versjon;

	protected BrukerEntity() {
	}

	BrukerEntity(String brukernavn, String navn, String passordHash, Rolle rolle, Long enhetId, boolean klarert,
			String epost) {
		this.brukernavn = brukernavn;
		this.navn = navn;
		this.passordHash = passordHash;
		this.epost = epost;
		assign(rolle, enhetId, klarert);
	}

	/** A division lead always belongs to a division: the database checks it too. */
	void assign(Rolle rolle, Long enhetId, boolean klarert) {
		if (rolle == Rolle.HDIR_LEDER && enhetId == null) {
			throw new IllegalArgumentException("En divisjonsleder må knyttes til en divisjon.");
		}
		this.rolle = rolle;
		this.enhetId = enhetId;
		this.klarert = klarert;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, brukernavn, navn, rolle, enhetId, klarert);
	}

	public Long getId() {
		return id;
	}

	public String getBrukernavn() {
		return brukernavn;
	}

	public String getNavn() {
		return navn;
	}

	void setNavn(String navn) {
		this.navn = navn;
	}

	public String getPassordHash() {
		return passordHash;
	}

	void setPassordHash(String passordHash) {
		this.passordHash = passordHash;
	}

	public Rolle getRolle() {
		return rolle;
	}

	public Long getEnhetId() {
		return enhetId;
	}

	public boolean isKlarert() {
		return klarert;
	}

	public boolean isAktiv() {
		return aktiv;
	}

	void setAktiv(boolean aktiv) {
		this.aktiv = aktiv;
	}

	public String getEpost() {
		return epost;
	}

	void setEpost(String epost) {
		this.epost = epost;
	}

	public Long getDepartementsavdelingId() {
		return departementsavdelingId;
	}

	void setDepartementsavdelingId(Long departementsavdelingId) {
		this.departementsavdelingId = departementsavdelingId;
	}

	public long getVersjon() {
		return versjon;
	}
}
