package no.hod.styringsregister.rapporteringskalender.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.organisasjon.Visningsnavn;
import no.hod.styringsregister.web.Formats;

/**
 * «Endret for hånd av Ada Admin 20. februar 2025 (brevet: 14. februar 2025)»: who moved a letter's entry, when, and
 * what the letter itself gave, in the same words on the page and in the exports, so that a day the letter never gave
 * is not read as the letter's.
 */
@Component
class Endringstekst {

	private final MessageSource tekster;

	private final Formats formats;

	private final Visningsnavn visningsnavn;

	Endringstekst(MessageSource tekster, Formats formats, Visningsnavn visningsnavn) {
		this.tekster = tekster;
		this.formats = formats;
		this.visningsnavn = visningsnavn;
	}

	/** {@code null} for an entry not from a letter, or not edited by hand. */
	String av(KalenderRepository.Rad rad) {
		if (rad.brevId() == null || !rad.manueltEndret()) {
			return null;
		}
		// Edited before the letter's own was kept (V113), or by someone the register no longer names: said as known.
		String hvem = rad.endretAv() == null ? null : visningsnavn.av(rad.endretAv());
		String naar = rad.endret() == null ? null : formats.dato(rad.endret().atZoneSameInstant(Formats.OSLO).toLocalDate());
		String endret = hvem != null && naar != null ? melding("rapporteringskalender.endret-av", hvem, naar)
				: melding("rapporteringskalender.endret-for-haand");
		if (rad.brevetsDato() == null) {
			return endret;
		}
		return melding("rapporteringskalender.endret-av.brevet", endret, brevet(rad));
	}

	/** What {@link #av} says, as data: {@code null} where it says nothing. */
	Hendelse.Handendring data(KalenderRepository.Rad rad) {
		if (rad.brevId() == null || !rad.manueltEndret()) {
			return null;
		}
		return new Hendelse.Handendring(rad.endretAv() == null ? null : visningsnavn.av(rad.endretAv()),
				rad.endret() == null ? null : rad.endret().atZoneSameInstant(Formats.OSLO).toOffsetDateTime(),
				rad.brevetsDato(), rad.brevetsDato() == null ? null : rad.brevetsTid(),
				rad.brevetsDato() != null && Boolean.TRUE.equals(rad.brevetsDatoAnslatt()),
				rad.brevetsDato() == null ? null : rad.brevetsTittel());
	}

	/** The letter's day, with its time, whether it was an estimate, and its title where the admin changed that too. */
	private String brevet(KalenderRepository.Rad rad) {
		StringBuilder brevet = new StringBuilder(formats.dato(rad.brevetsDato()));
		if (rad.brevetsTid() != null) {
			brevet.append(' ').append(melding("rapporteringskalender.endret-av.tid", rad.brevetsTid()));
		}
		if (Boolean.TRUE.equals(rad.brevetsDatoAnslatt())) {
			brevet.append(", ").append(melding("rapporteringskalender.endret-av.anslatt"));
		}
		if (rad.brevetsTittel() != null && !rad.brevetsTittel().equals(rad.tittel())) {
			brevet.append(", ").append(melding("rapporteringskalender.endret-av.tittel", rad.brevetsTittel()));
		}
		return brevet.toString();
	}

	private String melding(String kode, Object... verdier) {
		return tekster.getMessage(kode, verdier, Formats.NORSK);
	}
}
