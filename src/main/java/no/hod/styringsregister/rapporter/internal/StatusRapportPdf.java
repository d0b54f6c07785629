package no.hod.styringsregister.rapporter.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.Kontrolltegn;

/**
 * The report as PDF, drawn by openhtmltopdf from the same template as the printable page: a title page, a running
 * header on every page from the stylesheet, "Side 1 av N" from its page counters, and Liberation Sans embedded (the
 * TTF PDFBox ships, SIL Open Font License 1.1) so æ, ø and å come out right whatever fonts the server has.
 */
@Component
class StatusRapportPdf {

	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	/** A heading's id: {@code ovs-} (or {@code ovs-ytre-} for a heading over a heading) and the id of its first row. */
	static final Pattern OVERSKRIFT = Pattern.compile("ovs-(ytre-)?(.+)");

	/** Each pass moves at least one heading to a new page; a few are enough, as the moves go down the document. */
	private static final int STORSTE_ANTALL_OMGANGER = 8;

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

	/**
	 * openhtmltopdf keeps a heading with the table after it, but when the table's first row does not fit under the
	 * heading it leaves the heading and the column headings at the foot of the page and moves only the row (a known
	 * fault of the library). So the layout is checked before the PDF is written: a heading whose first row landed on a
	 * later page starts a new page, and the document is laid out again until none does.
	 */
	byte[] lag(StatusRapport rapport) {
		String xhtml = Kontrolltegn.fjern(html.pdf(rapport));
		Document dokument = null;
		Set<String> nySide = new LinkedHashSet<>();
		for (int omgang = 1;; omgang++) {
			PdfRendererBuilder pdf = bygger();
			// The first pass parses the page; the next ones lay out its document with the headings marked.
			if (dokument == null) {
				pdf.withHtmlContent(xhtml, null);
			}
			else {
				pdf.withW3cDocument(dokument, null);
			}
			try (ByteArrayOutputStream ut = new ByteArrayOutputStream();
					PdfBoxRenderer tegner = pdf.toStream(ut).buildPdfRenderer()) {
				tegner.layout();
				Set<String> flere = overskrifterUtenRader(sider(tegner.getRootBox()));
				flere.removeAll(nySide);
				if (flere.isEmpty() || omgang == STORSTE_ANTALL_OMGANGER) {
					tegner.createPDF();
					return ut.toByteArray();
				}
				dokument = tegner.getDocument();
				for (String id : flere) {
					nySide(dokument, id);
				}
				nySide.addAll(flere);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private PdfRendererBuilder bygger() {
		PdfRendererBuilder pdf = new PdfRendererBuilder();
		pdf.useFastMode();
		// One face: bold text takes the nearest weight of the family, this one. Each registered face that is
		// used is parsed and subset per document, which is most of the PDF's time.
		pdf.useFont(() -> new ByteArrayInputStream(skrift), "Liberation Sans", 400, FontStyle.NORMAL, true);
		return pdf;
	}

	/**
	 * The headings to move to a new page: of the headings over one first row (a section's and its first
	 * subsection's), the first, when any of them stands on an earlier page than the row. Moving the first takes the
	 * others along, as a heading keeps with what follows it.
	 */
	static Set<String> overskrifterUtenRader(Map<String, Integer> side) {
		Map<String, List<String>> perRad = new LinkedHashMap<>();
		side.keySet().stream().filter(id -> OVERSKRIFT.matcher(id).matches())
			.sorted(Comparator.comparing((String id) -> !id.startsWith("ovs-ytre-")))
			.forEach(id -> perRad.computeIfAbsent(rad(id), k -> new ArrayList<>()).add(id));
		Set<String> flytt = new LinkedHashSet<>();
		perRad.forEach((rad, overskrifter) -> {
			Integer radside = side.get(rad);
			if (radside != null && overskrifter.stream().anyMatch(o -> side.get(o) < radside)) {
				flytt.add(overskrifter.get(0));
			}
		});
		return flytt;
	}

	/** The page each element with an id starts on, from the laid-out boxes (the first box of an element is its top). */
	private static Map<String, Integer> sider(BlockBox rot) {
		Map<String, Integer> side = new HashMap<>();
		samle(rot, rot.getLayer().getPages(), side);
		return side;
	}

	private static void samle(Box boks, List<PageBox> sider, Map<String, Integer> side) {
		Element e = boks.getElement();
		if (e != null && !e.getAttribute("id").isEmpty() && !side.containsKey(e.getAttribute("id"))) {
			int i = 0;
			while (i < sider.size() - 1 && boks.getAbsY() >= sider.get(i).getBottom()) {
				i++;
			}
			side.put(e.getAttribute("id"), i);
		}
		for (Box barn : boks.getChildren()) {
			samle(barn, sider, side);
		}
	}

	private static String rad(String overskrift) {
		Matcher m = OVERSKRIFT.matcher(overskrift);
		m.matches();
		return m.group(2);
	}

	private static void nySide(Document dokument, String id) {
		NodeList alle = dokument.getElementsByTagName("*");
		for (int i = 0; i < alle.getLength(); i++) {
			Element e = (Element) alle.item(i);
			if (id.equals(e.getAttribute("id"))) {
				e.setAttribute("class", (e.getAttribute("class") + " ny-side").strip());
			}
		}
	}
}
