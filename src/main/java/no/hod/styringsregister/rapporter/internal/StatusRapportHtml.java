package no.hod.styringsregister.rapporter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import no.hod.styringsregister.web.Formats;

/**
 * Renders the report with the one template {@code rapporter/status}, as the printable page and as the XHTML the PDF
 * is drawn from. For the PDF the stylesheet is inlined and the links to the other formats are left out.
 */
@Component
class StatusRapportHtml {

	static final String CSS = "/static/css/rapport.css";

	private final ITemplateEngine maler;

	private final RapportTekst tekst;

	private final String css;

	StatusRapportHtml(ITemplateEngine maler, RapportTekst tekst) {
		this.maler = maler;
		this.tekst = tekst;
		try (InputStream inn = StatusRapportHtml.class.getResourceAsStream(CSS)) {
			this.css = new String(inn.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The printable page; {@code kontekst} is the servlet context path for the links. */
	String side(StatusRapport rapport, RapportValg valg, String kontekst) {
		return lag(rapport, Map.of("pdf", false, "cssHref", kontekst + "/css/rapport.css", "tilbake",
				lenke(kontekst + "/rapporter", valg), "xlsx", lenke(kontekst + "/rapporter/status.xlsx", valg), "pdfLenke",
				lenke(kontekst + "/rapporter/status.pdf", valg)));
	}

	String pdf(StatusRapport rapport) {
		return lag(rapport, Map.of("pdf", true, "css", css));
	}

	private String lag(StatusRapport rapport, Map<String, Object> ekstra) {
		Context kontekst = new Context(Formats.NORSK);
		kontekst.setVariable("r", rapport);
		kontekst.setVariable("t", tekst);
		kontekst.setVariable("f", tekst.formats());
		ekstra.forEach(kontekst::setVariable);
		return maler.process("rapporter/status", kontekst);
	}

	static String lenke(String sti, RapportValg valg) {
		return UriComponentsBuilder.fromPath(sti).queryParam("agency", valg.etat().id()).queryParam("year", valg.aar())
			.queryParam("date", valg.dato()).build().toUriString();
	}
}
