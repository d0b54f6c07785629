package no.hod.styringsregister.organisasjon.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import no.hod.styringsregister.organisasjon.Enhet;

@Entity
@Table(name = "enhet")
class EnhetEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "etat_id")
	private long etatId;

	@Column(name = "overordnet_id")
	private Long overordnetId;

	@Enumerated(EnumType.STRING)
	private Enhet.Type type;

	private String navn;

	private String leder;

	@Column(name = "leder_tittel")
	private String lederTittel;

	private boolean aktiv = true;

	@Version
	private long versjon;

	protected EnhetEntity() {
	}

	Enhet toEnhet() {
		return new Enhet(id, etatId, overordnetId, type, navn, leder, lederTittel, aktiv);
	}
}
