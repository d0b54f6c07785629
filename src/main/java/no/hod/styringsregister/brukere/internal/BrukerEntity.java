package no.hod.styringsregister.brukere.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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

	/** Issuer and subject at the OpenID Connect provider, once the user has signed in there. */
	@Column(name = "oidc_issuer")
	private String oidcIssuer;

	@Column(name = "oidc_subject")
	private String oidcSubject;

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

	/** First sign-on through the identity provider: created with no password and no role, waiting for an admin. */
	static BrukerEntity venter(String brukernavn, String navn, String epost, String issuer, String subject) {
		BrukerEntity bruker = new BrukerEntity();
		bruker.brukernavn = brukernavn;
		bruker.navn = navn;
		bruker.epost = epost;
		bruker.kobleTil(issuer, subject);
		return bruker;
	}

	void kobleTil(String issuer, String subject) {
		this.oidcIssuer = issuer;
		this.oidcSubject = subject;
	}

	/** Signed on through the identity provider but not yet given a role by an admin. */
	public boolean isVenter() {
		return rolle == null;
	}

	/** The Spring Security authorities: the register's role and nothing else (none while waiting). */
	List<GrantedAuthority> authorities() {
		return rolle == null ? List.of() : List.of(new SimpleGrantedAuthority(rolle.authority()));
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

	public String getOidcIssuer() {
		return oidcIssuer;
	}

	public String getOidcSubject() {
		return oidcSubject;
	}

	public long getVersjon() {
		return versjon;
	}
}
