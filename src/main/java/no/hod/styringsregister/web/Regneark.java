package no.hod.styringsregister.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as an Excel workbook of one sheet, the way the list exports write it: bold headings in a frozen first row
 * with a filter on them, columns as wide as asked, dates as date cells ({@code dd.mm.yyyy}) so Excel sorts and
 * counts them, whole numbers as numbers, everything else as text (never a formula).
 */
public final class Regneark {

	private Regneark() {
	}

	/**
	 * @param bredder each column's width in characters
	 * @param rader the values of each row, in the columns' order: {@link LocalDate}, {@link Integer} or
	 *     {@link Long}, anything else as its text; {@code null} an empty cell
	 */
	public static byte[] skriv(String arknavn, List<String> kolonner, int[] bredder, List<List<Object>> rader) {
		return skriv(arknavn, null, kolonner, bredder, rader);
	}

	/**
	 * As {@link #skriv(String, List, int[], List)}, with {@code merknad} (when not {@code null}), what a reader must
	 * know before passing the file on, in the printed page's header and the file's description. Not as a row: the
	 * headings stay the first row, where the tools that read the file find them.
	 */
	public static byte[] skriv(String arknavn, String merknad, List<String> kolonner, int[] bredder,
			List<List<Object>> rader) {
		try (XSSFWorkbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
			Sheet ark = bok.createSheet(arknavn);
			CellStyle overskrift = bok.createCellStyle();
			Font fet = bok.createFont();
			fet.setBold(true);
			overskrift.setFont(fet);
			CellStyle dato = bok.createCellStyle();
			dato.setDataFormat(bok.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			if (merknad != null) {
				ark.getHeader().setCenter(merknad);
				bok.getProperties().getCoreProperties().setDescription(merknad);
			}
			Row topp = ark.createRow(0);
			for (int i = 0; i < kolonner.size(); i++) {
				Cell celle = topp.createCell(i);
				celle.setCellValue(kolonner.get(i));
				celle.setCellStyle(overskrift);
				ark.setColumnWidth(i, bredder[i] * 256);
			}
			ark.createFreezePane(0, 1);
			int r = 1;
			for (List<Object> verdier : rader) {
				Row rad = ark.createRow(r++);
				for (int i = 0; i < verdier.size(); i++) {
					Object verdi = verdier.get(i);
					Cell celle = rad.createCell(i);
					if (verdi instanceof LocalDate d) {
						celle.setCellValue(d);
						celle.setCellStyle(dato);
					}
					else if (verdi instanceof Integer n) {
						celle.setCellValue(n);
					}
					else if (verdi instanceof Long n) {
						celle.setCellValue(n);
					}
					else if (verdi != null) {
						celle.setCellValue(verdi.toString());
					}
				}
			}
			ark.setAutoFilter(new CellRangeAddress(0, r - 1, 0, kolonner.size() - 1));
			bok.write(ut);
			return ut.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
