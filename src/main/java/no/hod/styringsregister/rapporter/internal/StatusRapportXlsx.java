package no.hod.styringsregister.rapporter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.OppdragRapport.StatusPaaDato;

/**
 * The report as a workbook: the sheet "Status" with every assignment grouped by goal (a bold row per goal, the
 * assignments outlined under it so a goal can be folded), then "Avvik" and "Videreført". Dates are real dates, texts
 * wrap, every text is a string cell (never a formula). A sheet or a section without assignments says so in the page's
 * words, so that it does not read as a file cut short.
 */
@Component
class StatusRapportXlsx {

	static final List<String> KOLONNER = List.of("ID", "Tittel", "Ansvarlig enhet", "Frist", "Første frist", "Status",
			"Forventet dato", "Fremdrift", "Begrunnelse");

	private static final int[] BREDDER = { 15, 55, 30, 24, 12, 13, 14, 60, 45 };

	private final RapportTekst tekst;

	StatusRapportXlsx(RapportTekst tekst) {
		this.tekst = tekst;
	}

	byte[] lag(StatusRapport r) {
		try (XSSFWorkbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
			Stiler s = new Stiler(bok);
			Sheet status = ark(bok, "Status", r, s);
			int rad = status.getLastRowNum() + 1;
			if (r.tom()) {
				rad = linje(status, rad, tekst.tekst("rapport.tom", r.etat(), r.aar(), tekst.formats().dato(r.dato())));
				if (r.forTidlig()) {
					linje(status, rad, tekst.tekst("rapport.for-tidlig", tekst.formats().dato(r.registrertFra())));
				}
			}
			for (StatusRapport.Maal m : r.maal()) {
				Row gruppe = status.createRow(rad++);
				celle(gruppe, 0, tekst.maal(m), s.gruppe);
				for (int i = 1; i < KOLONNER.size(); i++) {
					celle(gruppe, i, null, s.gruppe);
				}
				status.addMergedRegion(new CellRangeAddress(gruppe.getRowNum(), gruppe.getRowNum(), 0, KOLONNER.size() - 1));
				int forste = rad;
				for (StatusPaaDato o : m.oppdrag()) {
					rad(status.createRow(rad++), o, s);
				}
				if (rad > forste) {
					status.groupRow(forste, rad - 1);
				}
			}
			Sheet avvik = ark(bok, "Avvik", r, s);
			rad = avvik.getLastRowNum() + 1;
			rad = avsnitt(avvik, rad, "rapport.avvik.forsinket", r.forsinkede(), s);
			rad = avsnitt(avvik, rad, "rapport.avvik.forfalt", r.forfalte(), s);
			avsnitt(avvik, rad, "rapport.avvik.utgaar", r.utgatte(), s);
			Sheet videre = ark(bok, "Videreført", r, s);
			rad = videre.getLastRowNum() + 1;
			if (r.videreforte().isEmpty()) {
				linje(videre, rad, tekst.tekst("rapport.videreforte.ingen"));
			}
			for (StatusPaaDato o : r.videreforte()) {
				Row x = videre.createRow(rad++);
				rad(x, o, s);
				celle(x, KOLONNER.size(), o.opphavId() + " (" + o.opphavAar() + ")", s.tekst);
			}
			videre.getRow(HODERAD).createCell(KOLONNER.size()).setCellValue("Videreført fra");
			videre.getRow(HODERAD).getCell(KOLONNER.size()).setCellStyle(s.hode);
			videre.setColumnWidth(KOLONNER.size(), 20 * 256);
			bok.write(ut);
			return ut.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final int HODERAD = 4;

	/**
	 * A sheet with the title lines (agency, year, cut-off date, produced), the warning where the report shows exempt
	 * content (above the headers, so frozen with them and always in view) and the column headers.
	 */
	private Sheet ark(XSSFWorkbook bok, String navn, StatusRapport r, Stiler s) {
		Sheet ark = bok.createSheet(navn);
		celle(ark.createRow(0), 0, tekst.tekst("rapport.tittel") + " – " + r.etat() + " " + r.aar(), s.tittel);
		celle(ark.createRow(1), 0, tekst.tekst("rapport.per-dato") + ": " + tekst.formats().dato(r.dato()), null);
		celle(ark.createRow(2), 0, tekst.tekst("rapport.produsert") + ": " + tekst.produsert(r), null);
		if (r.viserUnntatt()) {
			celle(ark.createRow(HODERAD - 1), 0, tekst.advarsel(), s.advarsel);
		}
		Row hode = ark.createRow(HODERAD);
		for (int i = 0; i < KOLONNER.size(); i++) {
			celle(hode, i, KOLONNER.get(i), s.hode);
			ark.setColumnWidth(i, BREDDER[i] * 256);
		}
		ark.createFreezePane(0, HODERAD + 1);
		ark.setRowSumsBelow(false);
		ark.getPrintSetup().setLandscape(true);
		ark.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		ark.setFitToPage(true);
		ark.getPrintSetup().setFitWidth((short) 1);
		ark.getPrintSetup().setFitHeight((short) 0);
		ark.setRepeatingRows(new CellRangeAddress(HODERAD, HODERAD, 0, KOLONNER.size() - 1));
		return ark;
	}

	/** A deviation's heading ({@code kode}) with its count, then its assignments, or its {@code kode.ingen}. */
	private int avsnitt(Sheet ark, int rad, String kode, List<StatusPaaDato> oppdrag, Stiler s) {
		Row gruppe = ark.createRow(rad++);
		celle(gruppe, 0, tekst.tekst(kode) + " (" + oppdrag.size() + ")", s.gruppe);
		for (int i = 1; i < KOLONNER.size(); i++) {
			celle(gruppe, i, null, s.gruppe);
		}
		ark.addMergedRegion(new CellRangeAddress(gruppe.getRowNum(), gruppe.getRowNum(), 0, KOLONNER.size() - 1));
		if (oppdrag.isEmpty()) {
			return linje(ark, rad, tekst.tekst(kode + ".ingen"));
		}
		for (StatusPaaDato o : oppdrag) {
			rad(ark.createRow(rad++), o, s);
		}
		return rad;
	}

	/** A line of text in the first column, free to run on over the empty cells beside it; the next row. */
	private static int linje(Sheet ark, int rad, String tekst) {
		celle(ark.createRow(rad), 0, tekst, null);
		return rad + 1;
	}

	private void rad(Row rad, StatusPaaDato o, Stiler s) {
		List<Object> verdier = new ArrayList<>(Arrays.asList(o.id(), tekst.tittel(o), tekst.enhet(o), tekst.frist(o),
				o.forsteFrist(), tekst.status(o.status()), o.forventetDato(), tekst.fremdrift(o), tekst.grunn(o)));
		for (int i = 0; i < verdier.size(); i++) {
			Object v = verdier.get(i);
			if (v instanceof LocalDate d) {
				Cell c = rad.createCell(i);
				c.setCellValue(d);
				c.setCellStyle(s.dato);
			}
			else {
				celle(rad, i, (String) v, o.tittelSkjult() && i == 1 ? s.skjult : s.tekst);
			}
		}
	}

	private static void celle(Row rad, int kolonne, String verdi, CellStyle stil) {
		Cell c = rad.createCell(kolonne);
		if (verdi != null) {
			// A string cell: Excel never evaluates it as a formula, whatever it starts with.
			c.setCellValue(verdi);
		}
		if (stil != null) {
			c.setCellStyle(stil);
		}
	}

	private static final class Stiler {

		final CellStyle tittel;

		final CellStyle advarsel;

		final CellStyle hode;

		final CellStyle gruppe;

		final CellStyle tekst;

		final CellStyle skjult;

		final CellStyle dato;

		Stiler(XSSFWorkbook bok) {
			Font fet = bok.createFont();
			fet.setBold(true);
			Font stor = bok.createFont();
			stor.setBold(true);
			stor.setFontHeightInPoints((short) 14);
			Font kursiv = bok.createFont();
			kursiv.setItalic(true);
			tittel = bok.createCellStyle();
			tittel.setFont(stor);
			Font rod = bok.createFont();
			rod.setBold(true);
			rod.setColor(IndexedColors.DARK_RED.getIndex());
			advarsel = bok.createCellStyle();
			advarsel.setFont(rod);
			hode = ramme(bok.createCellStyle());
			hode.setFont(fet);
			hode.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			hode.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			gruppe = bok.createCellStyle();
			gruppe.setFont(fet);
			gruppe.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			gruppe.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			tekst = ramme(bok.createCellStyle());
			tekst.setWrapText(true);
			tekst.setVerticalAlignment(VerticalAlignment.TOP);
			skjult = ramme(bok.createCellStyle());
			skjult.cloneStyleFrom(tekst);
			skjult.setFont(kursiv);
			dato = ramme(bok.createCellStyle());
			dato.setVerticalAlignment(VerticalAlignment.TOP);
			dato.setDataFormat(bok.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
		}

		private static CellStyle ramme(CellStyle s) {
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			return s;
		}
	}
}
