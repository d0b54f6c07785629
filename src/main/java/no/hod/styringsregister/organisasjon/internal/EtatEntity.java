package no.hod.styringsregister.organisasjon.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.hod.styringsregister.organisasjon.Etat;

@Entity
@Table(name = "etat")
class EtatEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String navn;

	private String kortnavn;

	protected EtatEntity() {
	}

	EtatEntity(String navn, String kortnavn) {
		this.navn = navn;
		this.kortnavn = kortnavn;
	}

	Etat toEtat() {
		return new Etat(id, navn, kortnavn);
	}
}
