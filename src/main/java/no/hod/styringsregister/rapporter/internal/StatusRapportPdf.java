package no.hod.styringsregister.rapporter.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.web.Kontrolltegn;

/**
 * The report as PDF, drawn by openhtmltopdf from the same template as the printable page: a title page, "Side 1 av
 * N" from the stylesheet's page counters, and Liberation Sans embedded (the TTF PDFBox ships, SIL Open Font License
 * 1.1) so æ, ø and å come out right whatever fonts the server has.
 */
@Component
class StatusRapportPdf {

	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final StatusRapportHtml html;

	private final byte[] skrift;

	StatusRapportPdf(StatusRapportHtml html) {
		this.html = html;
		try (InputStream inn = StatusRapportPdf.class.getResourceAsStream(FONT)) {
			this.skrift = inn.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] lag(StatusRapport rapport) {
		try (ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
			PdfRendererBuilder pdf = new PdfRendererBuilder();
			pdf.useFastMode();
			// One face: bold text takes the nearest weight of the family, this one. Each registered face that is
			// used is parsed and subset per document, which is most of the PDF's time.
			pdf.useFont(() -> new ByteArrayInputStream(skrift), "Liberation Sans", 400, FontStyle.NORMAL, true);
			pdf.withHtmlContent(Kontrolltegn.fjern(html.pdf(rapport)), null);
			pdf.toStream(ut);
			pdf.run();
			return ut.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
