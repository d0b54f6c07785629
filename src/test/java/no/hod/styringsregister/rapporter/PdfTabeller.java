package no.hod.styringsregister.rapporter;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables of a PDF as they were drawn: the cells from the border lines on the page, and every glyph, with its
 * position and width from PDFBox, in the cell its middle lies in. So a test can ask what a cell says, and whether a
 * glyph or a word reaches over a cell's border into the next column. Coordinates from the top of the page, in points.
 */
final class PdfTabeller {

	/** A glyph; {@code cell} is {@code null} outside every table. */
	record Glyf(String tekst, float x, float bredde, float grunnlinje, float hoyde, Celle celle) {

		float hoyre() {
			return x + bredde;
		}
	}

	/** A cell between two vertical and two horizontal borders. */
	record Celle(int side, float venstre, float hoyre, float topp, float bunn) {
	}

	/** A break in the text: a glyph whose neighbour on the line, of the same word, lies in another cell. */
	record Brudd(int side, String ord, Celle fra, Celle til) {
	}

	private record Strek(float x1, float y1, float x2, float y2) {
	}

	final List<Glyf> glyfer = new ArrayList<>();

	/** Per line as PDFBox wrote it, the glyphs in order: neighbours without a gap belong to one word. */
	final List<List<Glyf>> linjer = new ArrayList<>();

	final int loddrette;

	private PdfTabeller(PDDocument pdf) throws IOException {
		int streker = 0;
		for (int i = 0; i < pdf.getNumberOfPages(); i++) {
			PDPage side = pdf.getPage(i);
			Streker s = new Streker(side);
			s.processPage(side);
			List<Strek> loddrett = s.streker.stream().filter(l -> l.x2() - l.x1() < 2 && l.y2() - l.y1() > 3).toList();
			List<Strek> vannrett = s.streker.stream().filter(l -> l.y2() - l.y1() < 2 && l.x2() - l.x1() > 3).toList();
			streker += loddrett.size();
			int sidenr = i;
			PDFTextStripper tekst = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> posisjoner) {
					List<Glyf> linje = new ArrayList<>();
					for (TextPosition p : posisjoner) {
						Glyf g = glyf(sidenr, p, loddrett, vannrett);
						linje.add(g);
						glyfer.add(g);
					}
					linjer.add(linje);
				}
			};
			tekst.setStartPage(i + 1);
			tekst.setEndPage(i + 1);
			tekst.getText(pdf);
		}
		this.loddrette = streker;
	}

	static PdfTabeller les(PDDocument pdf) throws IOException {
		return new PdfTabeller(pdf);
	}

	/** Glyphs that stick out of the cell they stand in. */
	List<Glyf> utenforCellen() {
		return glyfer.stream().filter(g -> g.celle() != null && !g.tekst().isBlank())
			.filter(g -> g.x() < g.celle().venstre() - 0.01f || g.hoyre() > g.celle().hoyre() + 0.01f)
			.toList();
	}

	/**
	 * Words that run over a border: two glyphs next to each other on a line, without a gap, in different cells (or
	 * one in a cell and one outside the table).
	 */
	List<Brudd> ordOverKant() {
		List<Brudd> brudd = new ArrayList<>();
		for (List<Glyf> linje : linjer) {
			for (int i = 1; i < linje.size(); i++) {
				Glyf a = linje.get(i - 1);
				Glyf b = linje.get(i);
				boolean sammeOrd = !a.tekst().isBlank() && !b.tekst().isBlank()
						&& Math.abs(a.grunnlinje() - b.grunnlinje()) < 0.5f && Math.abs(b.x() - a.hoyre()) < 0.5f;
				boolean ulikCelle = a.celle() == null ? b.celle() != null : !a.celle().equals(b.celle());
				if (sammeOrd && ulikCelle) {
					brudd.add(new Brudd(b.celle() != null ? b.celle().side() : a.celle().side(),
							linje.stream().map(Glyf::tekst).collect(Collectors.joining()), a.celle(), b.celle()));
				}
			}
		}
		return brudd;
	}

	/**
	 * Every table row of the PDF, top to bottom and page by page, as the texts of its cells left to right. A cell's
	 * lines are joined with a space, so a word broken over two lines reads with a space where it was broken.
	 */
	List<List<String>> rader() {
		Map<Celle, List<Glyf>> perCelle = new LinkedHashMap<>();
		glyfer.stream().filter(g -> g.celle() != null).forEach(g -> perCelle.computeIfAbsent(g.celle(), k -> new ArrayList<>()).add(g));
		Comparator<Celle> radvis = Comparator.comparingInt(Celle::side).thenComparingDouble(Celle::topp)
			.thenComparingDouble(Celle::bunn);
		TreeMap<Celle, List<Celle>> rader = new TreeMap<>(radvis);
		perCelle.keySet().forEach(c -> rader.computeIfAbsent(c, k -> new ArrayList<>()).add(c));
		List<List<String>> ut = new ArrayList<>();
		for (List<Celle> rad : rader.values()) {
			ut.add(rad.stream().sorted(Comparator.comparingDouble(Celle::venstre)).map(c -> tekst(perCelle.get(c)))
				.toList());
		}
		return ut;
	}

	/** Every cell's lines of text, top to bottom, page by page. */
	List<List<String>> cellelinjer() {
		Map<Celle, List<Glyf>> perCelle = new LinkedHashMap<>();
		glyfer.stream().filter(g -> g.celle() != null).forEach(g -> perCelle.computeIfAbsent(g.celle(), k -> new ArrayList<>()).add(g));
		return perCelle.values().stream().map(PdfTabeller::linjer).toList();
	}

	/** The row whose first cell is {@code id}. */
	List<String> rad(String id) {
		return rader().stream().filter(r -> r.get(0).equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError("Ingen rad for " + id + " i PDF-en"));
	}

	/** Every row whose first cell is {@code id}: in the goal's table and in the deviations. */
	List<List<String>> raderFor(String id) {
		return rader().stream().filter(r -> r.get(0).equals(id)).toList();
	}

	private static String tekst(List<Glyf> glyfer) {
		return String.join(" ", linjer(glyfer)).replaceAll("\\s+", " ").strip();
	}

	/** A cell's glyphs as its lines, a gap between two glyphs on a line as a space. */
	private static List<String> linjer(List<Glyf> glyfer) {
		List<String> linjer = new ArrayList<>();
		StringBuilder b = new StringBuilder();
		Glyf forrige = null;
		List<Glyf> sortert = new ArrayList<>(glyfer);
		sortert.sort(Comparator.comparingDouble((Glyf g) -> Math.round(g.grunnlinje())).thenComparingDouble(Glyf::x));
		for (Glyf g : sortert) {
			if (forrige != null && Math.abs(g.grunnlinje() - forrige.grunnlinje()) > 0.5f) {
				linjer.add(b.toString().replaceAll("\\s+", " ").strip());
				b.setLength(0);
			}
			else if (forrige != null && g.x() - forrige.hoyre() > 1f) {
				b.append(' ');
			}
			b.append(g.tekst());
			forrige = g;
		}
		if (!b.isEmpty()) {
			linjer.add(b.toString().replaceAll("\\s+", " ").strip());
		}
		linjer.removeIf(String::isEmpty);
		return linjer;
	}

	private static Glyf glyf(int side, TextPosition p, List<Strek> loddrett, List<Strek> vannrett) {
		float x = p.getXDirAdj();
		float bredde = p.getWidthDirAdj();
		float grunnlinje = p.getYDirAdj();
		float hoyde = p.getHeightDir();
		float midtX = x + bredde / 2;
		float midtY = grunnlinje - hoyde / 2;
		Float venstre = null;
		Float hoyre = null;
		for (Strek l : loddrett) {
			if (l.y1() <= midtY && midtY <= l.y2()) {
				float lx = (l.x1() + l.x2()) / 2;
				if (lx <= midtX && (venstre == null || lx > venstre)) {
					venstre = lx;
				}
				if (lx > midtX && (hoyre == null || lx < hoyre)) {
					hoyre = lx;
				}
			}
		}
		Float topp = null;
		Float bunn = null;
		for (Strek l : vannrett) {
			if (l.x1() <= midtX && midtX <= l.x2()) {
				float ly = (l.y1() + l.y2()) / 2;
				if (ly <= midtY && (topp == null || ly > topp)) {
					topp = ly;
				}
				if (ly > midtY && (bunn == null || ly < bunn)) {
					bunn = ly;
				}
			}
		}
		Celle celle = venstre != null && hoyre != null && topp != null && bunn != null
				? new Celle(side, rund(venstre), rund(hoyre), rund(topp), rund(bunn)) : null;
		return new Glyf(p.getUnicode(), x, bredde, grunnlinje, hoyde, celle);
	}

	/** Borders of neighbouring cells are drawn each for itself, a fraction of a point apart. */
	private static float rund(float f) {
		return Math.round(f * 2) / 2f;
	}

	/** The outlines filled or stroked on a page, each as its bounding box, from the top of the page. */
	private static final class Streker extends PDFGraphicsStreamEngine {

		final List<Strek> streker = new ArrayList<>();

		private final List<List<Point2D>> delstier = new ArrayList<>();

		private final float hoyde;

		private Point2D.Float gjeldende = new Point2D.Float();

		Streker(PDPage side) {
			super(side);
			this.hoyde = side.getMediaBox().getHeight();
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			delstier.add(new ArrayList<>(List.of(p0, p1, p2, p3)));
		}

		@Override
		public void moveTo(float x, float y) {
			gjeldende = new Point2D.Float(x, y);
			delstier.add(new ArrayList<>(List.of(gjeldende)));
		}

		@Override
		public void lineTo(float x, float y) {
			gjeldende = new Point2D.Float(x, y);
			if (delstier.isEmpty()) {
				delstier.add(new ArrayList<>());
			}
			delstier.get(delstier.size() - 1).add(gjeldende);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			lineTo(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return gjeldende;
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
			delstier.clear();
		}

		@Override
		public void strokePath() {
			tegn();
		}

		@Override
		public void fillPath(int windingRule) {
			tegn();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			tegn();
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage pdImage) {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

		private void tegn() {
			for (List<Point2D> sti : delstier) {
				if (sti.size() < 2) {
					continue;
				}
				double x1 = sti.stream().mapToDouble(Point2D::getX).min().orElseThrow();
				double x2 = sti.stream().mapToDouble(Point2D::getX).max().orElseThrow();
				double y1 = sti.stream().mapToDouble(Point2D::getY).min().orElseThrow();
				double y2 = sti.stream().mapToDouble(Point2D::getY).max().orElseThrow();
				streker.add(new Strek((float) x1, (float) (hoyde - y2), (float) x2, (float) (hoyde - y1)));
			}
			delstier.clear();
		}
	}
}
