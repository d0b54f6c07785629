package no.hod.styringsregister.brukere.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.hod.styringsregister.EnLinje;
import no.hod.styringsregister.brukere.Rolle;

/** The user form. Messages are keys in messages.properties. */
class BrukerSkjema {

	/** The checks of a new user's form only. */
	interface Ny {
	}

	/**
	 * Checked for a new user only: the user name cannot change, so a user's form does not send it. A blank name is
	 * left to @NotBlank, so that it is told only that one is missing.
	 */
	@NotBlank(message = "{bruker.brukernavn.paakrevd}", groups = Ny.class)
	@Pattern(regexp = "\\s*|[a-zA-Z0-9._@-]{2,60}", message = "{bruker.brukernavn.ugyldig}", groups = Ny.class)
	private String brukernavn;

	@NotBlank(message = "{bruker.navn.paakrevd}")
	@Size(max = 200, message = "{bruker.navn.for-langt}")
	@EnLinje(message = "{bruker.navn.en-linje}")
	private String navn;

	/** 254 characters: the longest address mail can carry (RFC 5321). No spaces or control characters. */
	@Pattern(regexp = "^$|^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+$", message = "{bruker.epost.ugyldig}")
	@Size(max = 254, message = "{bruker.epost.for-lang}")
	private String epost;

	@NotNull(message = "{bruker.rolle.paakrevd}")
	private Rolle rolle;

	private Long enhetId;

	private Long departementsavdelingId;

	private boolean klarert;

	private boolean aktiv = true;

	private String passord;

	static BrukerSkjema of(BrukerEntity bruker) {
		BrukerSkjema skjema = new BrukerSkjema();
		skjema.brukernavn = bruker.getBrukernavn();
		skjema.navn = bruker.getNavn();
		skjema.epost = bruker.getEpost();
		skjema.rolle = bruker.getRolle();
		skjema.enhetId = bruker.getEnhetId();
		skjema.departementsavdelingId = bruker.getDepartementsavdelingId();
		skjema.klarert = bruker.isKlarert();
		skjema.aktiv = bruker.isAktiv();
		return skjema;
	}

	public String getBrukernavn() {
		return brukernavn;
	}

	public void setBrukernavn(String brukernavn) {
		this.brukernavn = brukernavn;
	}

	public String getNavn() {
		return navn;
	}

	public void setNavn(String navn) {
		this.navn = navn;
	}

	public String getEpost() {
		return epost;
	}

	public void setEpost(String epost) {
		this.epost = epost;
	}

	public Rolle getRolle() {
		return rolle;
	}

	public void setRolle(Rolle rolle) {
		this.rolle = rolle;
	}

	public Long getEnhetId() {
		return enhetId;
	}

	public void setEnhetId(Long enhetId) {
		this.enhetId = enhetId;
	}

	public Long getDepartementsavdelingId() {
		return departementsavdelingId;
	}

	public void setDepartementsavdelingId(Long departementsavdelingId) {
		this.departementsavdelingId = departementsavdelingId;
	}

	public boolean isKlarert() {
		return klarert;
	}

	public void setKlarert(boolean klarert) {
		this.klarert = klarert;
	}

	public boolean isAktiv() {
		return aktiv;
	}

	public void setAktiv(boolean aktiv) {
		this.aktiv = aktiv;
	}

	public String getPassord() {
		return passord;
	}

	public void setPassord(String passord) {
		this.passord = passord;
	}
}
