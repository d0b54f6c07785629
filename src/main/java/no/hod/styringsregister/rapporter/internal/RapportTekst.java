package no.hod.styringsregister.rapporter.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.OppdragQueries;
import no.hod.styringsregister.oppdrag.OppdragRapport.StatusPaaDato;
import no.hod.styringsregister.oppdrag.OppdragStatus;
import no.hod.styringsregister.web.Formats;

/** The report's cells as text, the same in the page, the PDF and the spreadsheet. */
@Component
class RapportTekst {

	private final Formats formats;

	private final MessageSource tekster;

	RapportTekst(Formats formats, MessageSource tekster) {
		this.formats = formats;
		this.tekster = tekster;
	}

	Formats formats() {
		return formats;
	}

	/** {@code 5. desember 2026 kl. 20:16 av Kari Nordmann} */
	public String produsert(StatusRapport r) {
		java.time.ZonedDateTime t = r.produsert().atZoneSameInstant(Formats.OSLO);
		return tekst("rapport.produsert-av", formats.dato(t.toLocalDate()),
				java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(t), r.produsertAv());
	}

	public String status(OppdragStatus status) {
		return tekster.getMessage("oppdrag.status." + status.name(), null, status.name(), Formats.NORSK);
	}

	/**
	 * The deadlines as dates ({@code 1. mars 2025, 30. juni 2025}), else the letter's phrase, else that there is none.
	 * A wholly exempt assignment's dates are public and shown to every reader; its phrase is its text, which the read
	 * path withholds from an uncleared reader, who then reads that there is none, as on its page and in the list.
	 */
	public String frist(StatusPaaDato o) {
		if (o.frister().isEmpty()) {
			return o.fristTekst() != null ? o.fristTekst() : tekst("rapport.ingen-frist");
		}
		return o.frister().stream().map(formats::dato).collect(Collectors.joining(", "));
	}

	/** The progress note; on an assignment whose text the reader may not see, that it is withheld. */
	public String fremdrift(StatusPaaDato o) {
		return tilbakeholdt(o, o.fremdrift());
	}

	/** The reason for a delay or a cancellation; on an assignment whose text the reader may not see, that it is. */
	public String grunn(StatusPaaDato o) {
		return tilbakeholdt(o, o.statusGrunn());
	}

	/**
	 * A wholly exempt assignment's notes reach an uncleared reader as nothing: the cell says they are withheld rather
	 * than standing empty, which would read as «the division gave no reason». Whether there was one is not told. The
	 * words are the placeholder of its title, as in the list's exports and the API.
	 */
	private static String tilbakeholdt(StatusPaaDato o, String verdi) {
		return o.tittelSkjult() && verdi == null ? OppdragQueries.UNNTATT : verdi;
	}

	/** The line atop every printed page: {@code Statusrapport for oppdrag · Helsedirektoratet 2025 · status per 31. august 2025} */
	public String topptekst(StatusRapport r) {
		return tekst("rapport.topptekst", r.etat(), r.aar(), formats.dato(r.dato()));
	}

	/** The warning atop a report that shows its reader exempt content ({@link StatusRapport#viserUnntatt()}). */
	public String advarsel() {
		return tekst("oppdrag.unntatt.advarsel");
	}

	/**
	 * The title, marked when the assignment or a part of it is exempt and the reader sees it: a report sent on must
	 * not carry exempt content unnoticed. (An uncleared reader sees the placeholder, or a title that is public.)
	 */
	public String tittel(StatusPaaDato o) {
		return o.unntattOffentlighet() && !o.tittelSkjult()
				? o.tittel() + " " + tekster.getMessage("rapport.unntatt", null, Formats.NORSK) : o.tittel();
	}

	/** Division, and department where routed to one. */
	public String enhet(StatusPaaDato o) {
		if (o.divisjon() == null) {
			return tekster.getMessage("rapport.ikke-rutet", null, Formats.NORSK);
		}
		return o.avdeling() == null ? o.divisjon() : o.divisjon() + ", " + o.avdeling();
	}

	public String maal(StatusRapport.Maal m) {
		if (m.nummer() == null) {
			return tekster.getMessage("rapport.uten-maal", null, Formats.NORSK);
		}
		return m.tittel() == null || m.tittel().isBlank() ? m.nummer() : m.nummer() + " " + m.tittel();
	}

	public String tekst(String kode, Object... argumenter) {
		return tekster.getMessage(kode, argumenter, Locale.forLanguageTag("nb-NO"));
	}
}
