package no.hod.styringsregister.instrukser.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.web.Formats;

/**
 * A comparison's word marks as a screen reader reads them: {@code <del>} and {@code <ins>} are only struck through and
 * underlined, so each gets a visually hidden «slettet:» … «slutt på slettet», «satt inn:» … «slutt på satt inn».
 */
@Component
class InstruksDiff {

	private final MessageSource messages;

	InstruksDiff(MessageSource messages) {
		this.messages = messages;
	}

	List<Sammenligning.Punktendring> lesbar(List<Sammenligning.Punktendring> endringer) {
		return endringer.stream()
			.map(e -> new Sammenligning.Punktendring(e.type(), e.gammeltNummer(), e.nyttNummer(), e.gammelTittel(),
					e.nyTittel(), lesbar(e.html())))
			.toList();
	}

	/**
	 * The marks of {@link OrdDiff} with the hidden words added. A plain replace is safe: the diff escapes all text, so
	 * {@code <del>} and {@code <ins>} in it are only its own marks.
	 */
	private String lesbar(String html) {
		return html.replace("<del>", "<del>" + skjult("instr.sammenlign.slettet", "", " "))
			.replace("</del>", skjult("instr.sammenlign.slettet.slutt", " ", "") + "</del>")
			.replace("<ins>", "<ins>" + skjult("instr.sammenlign.satt-inn", "", " "))
			.replace("</ins>", skjult("instr.sammenlign.satt-inn.slutt", " ", "") + "</ins>");
	}

	/** The spaces inside the hidden span: outside it, they would show as struck-through or underlined blanks. */
	private String skjult(String kode, String foran, String etter) {
		return "<span class=\"skjult\">" + foran + OrdDiff.escape(messages.getMessage(kode, null, Formats.NORSK)) + etter
				+ "</span>";
	}
}
