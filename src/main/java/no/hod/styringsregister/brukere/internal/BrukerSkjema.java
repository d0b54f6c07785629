package no.hod.styringsregister.brukere.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

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

	/** The version of the user the form was opened with (a user's form only), so that a stale form is refused. */
	private Long versjon;

	/**
	 * The values the form was opened with (hidden fields), so that a stale form can tell the fields the admin changed
	 * from those changed by someone else since.
	 */
	private BrukerSkjema lastet;

	/** The form of a stored user, with its version and the values it was opened with. */
	static BrukerSkjema of(BrukerEntity bruker) {
		BrukerSkjema skjema = verdier(bruker);
		skjema.versjon = bruker.getVersjon();
		skjema.lastet = verdier(bruker);
		return skjema;
	}

	private static BrukerSkjema verdier(BrukerEntity bruker) {
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

	/**
	 * The fields whose values differ between this form and {@code annet}, in the form's order; the texts as they are
	 * saved (trimmed, blank as none).
	 */
	List<String> ulikeFelt(BrukerSkjema annet) {
		List<String> ulike = new ArrayList<>();
		for (String felt : FELTER) {
			if (!Objects.equals(verdi(felt), annet.verdi(felt))) {
				ulike.add(felt);
			}
		}
		return ulike;
	}

	/** This form with the values of {@code felt} taken from {@code fra}. */
	BrukerSkjema med(BrukerSkjema fra, Collection<String> felt) {
		if (felt.contains("navn")) {
			navn = fra.navn;
		}
		if (felt.contains("epost")) {
			epost = fra.epost;
		}
		if (felt.contains("rolle")) {
			rolle = fra.rolle;
		}
		if (felt.contains("enhetId")) {
			enhetId = fra.enhetId;
		}
		if (felt.contains("departementsavdelingId")) {
			departementsavdelingId = fra.departementsavdelingId;
		}
		if (felt.contains("klarert")) {
			klarert = fra.klarert;
		}
		if (felt.contains("aktiv")) {
			aktiv = fra.aktiv;
		}
		return this;
	}

	/** The fields of a user's form that a save writes, in the form's order. */
	static final List<String> FELTER = List.of("navn", "epost", "rolle", "enhetId", "departementsavdelingId",
			"klarert", "aktiv");

	private Object verdi(String felt) {
		return switch (felt) {
			case "navn" -> tekst(navn);
			case "epost" -> tekst(epost);
			case "rolle" -> rolle;
			case "enhetId" -> enhetId;
			case "departementsavdelingId" -> departementsavdelingId;
			case "klarert" -> klarert;
			case "aktiv" -> aktiv;
			default -> throw new IllegalArgumentException(felt);
		};
	}

	private static String tekst(String verdi) {
		return verdi == null || verdi.isBlank() ? null : verdi.trim();
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

	public Long getVersjon() {
		return versjon;
	}

	public void setVersjon(Long versjon) {
		this.versjon = versjon;
	}

	public BrukerSkjema getLastet() {
		return lastet;
	}

	public void setLastet(BrukerSkjema lastet) {
		this.lastet = lastet;
	}
}
