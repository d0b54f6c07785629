package no.hod.styringsregister.rapporter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * The report as PDF, drawn by openhtmltopdf from the same template as the printable page: a title page, "Side 1 av
 * N" from the stylesheet's page counters, and Liberation Sans embedded (the TTF PDFBox ships, SIL Open Font License
 * 1.1) so æ, ø and å come out right whatever fonts the server has.
 */
@Component
class StatusRapportPdf {

	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final StatusRapportHtml html;

	StatusRapportPdf(StatusRapportHtml html) {
		this.html = html;
	}

	byte[] lag(StatusRapport rapport) {
		try (ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
			PdfRendererBuilder pdf = new PdfRendererBuilder();
			pdf.useFastMode();
			// One face for every weight: openhtmltopdf would otherwise fall back to a base-14 font for bold text.
			for (int vekt : new int[] { 400, 700 }) {
				for (FontStyle stil : new FontStyle[] { FontStyle.NORMAL, FontStyle.ITALIC }) {
					pdf.useFont(() -> StatusRapportPdf.class.getResourceAsStream(FONT), "Liberation Sans", vekt, stil,
							true);
				}
			}
			pdf.withHtmlContent(html.pdf(rapport), null);
			pdf.toStream(ut);
			pdf.run();
			return ut.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
