package no.hod.styringsregister.bevilgninger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Kapittel;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Linje;

/** The overview as an Excel workbook: one sheet of lines with chapter sums and totals, one of authorisations. */
final class BevilgningEksport {

	private BevilgningEksport() {
	}

	static void skriv(Bevilgningsoversikt oversikt, OutputStream ut) throws IOException {
		try (Workbook bok = new XSSFWorkbook()) {
			Stiler stiler = new Stiler(bok);
			Sheet ark = bok.createSheet("Bevilgninger");
			int rad = 0;
			celle(ark.createRow(rad++), 0, oversikt.etat().navn() + " – bevilgninger " + oversikt.aar()
					+ " (beløp i 1 000 kr)", stiler.fet);
			rad++;
			Row overskrift = ark.createRow(rad++);
			String[] kolonner = { "Kap.", "Post", "Navn", "Type", "Beløp " + oversikt.aar(),
					"Beløp " + (oversikt.aar() - 1), "Endring", "Endring %", "Kommentar", "Oppdrag" };
			for (int i = 0; i < kolonner.length; i++) {
				celle(overskrift, i, kolonner[i], stiler.fet);
			}
			for (Kapittel kapittel : oversikt.kapitler()) {
				for (Linje linje : kapittel.linjer()) {
					Row r = ark.createRow(rad++);
					r.createCell(0).setCellValue(linje.kapittel());
					r.createCell(1).setCellValue(linje.post());
					r.createCell(2).setCellValue(linje.navn());
					r.createCell(3).setCellValue(linje.inntekt() ? "Inntekt" : "Utgift");
					// A line the letter gives no amount stays blank, not 0: the sums below are counted in Java, with it as 0.
					tall(r, 4, linje.belop(), stiler.belop);
					tall(r, 5, linje.forrigeAar(), stiler.belop);
					tall(r, 6, linje.endring(), stiler.belop);
					if (linje.endringProsent() != null) {
						Cell prosent = r.createCell(7);
						prosent.setCellValue(linje.endringProsent().doubleValue());
						prosent.setCellStyle(stiler.prosent);
					}
					r.createCell(8).setCellValue(linje.kommentar() == null ? "" : linje.kommentar());
					r.createCell(9).setCellValue(String.join(", ", linje.oppdrag()));
				}
				Row sum = ark.createRow(rad++);
				celle(sum, 2, "Sum kap. " + kapittel.nummer(), stiler.fet);
				tall(sum, 4, kapittel.sum(), stiler.belopFet);
				tall(sum, 5, kapittel.sumForrigeAar(), stiler.belopFet);
				tall(sum, 6, kapittel.endring(), stiler.belopFet);
			}
			rad++;
			Row utgifter = ark.createRow(rad++);
			celle(utgifter, 2, "Sum utgifter", stiler.fet);
			tall(utgifter, 4, oversikt.sumUtgifter(), stiler.belopFet);
			Row inntekter = ark.createRow(rad);
			celle(inntekter, 2, "Sum inntekter", stiler.fet);
			tall(inntekter, 4, oversikt.sumInntekter(), stiler.belopFet);
			for (int i = 0; i < kolonner.length; i++) {
				ark.setColumnWidth(i, List.of(2, 8).contains(i) ? 60 * 256 : 14 * 256);
			}

			Sheet fullmakter = bok.createSheet("Fullmakter");
			Row hode = fullmakter.createRow(0);
			celle(hode, 0, "Type", stiler.fet);
			celle(hode, 1, "Fullmakt", stiler.fet);
			int f = 1;
			for (Bevilgningsoversikt.Fullmakt fullmakt : oversikt.fullmakter()) {
				Row r = fullmakter.createRow(f++);
				r.createCell(0).setCellValue(fullmakt.type());
				r.createCell(1).setCellValue(fullmakt.tekst());
			}
			fullmakter.setColumnWidth(0, 30 * 256);
			fullmakter.setColumnWidth(1, 100 * 256);
			bok.write(ut);
		}
	}

	private static void celle(Row rad, int kolonne, String tekst, CellStyle stil) {
		Cell celle = rad.createCell(kolonne);
		celle.setCellValue(tekst);
		celle.setCellStyle(stil);
	}

	private static void tall(Row rad, int kolonne, Long verdi, CellStyle stil) {
		if (verdi != null) {
			Cell celle = rad.createCell(kolonne);
			celle.setCellValue(verdi);
			celle.setCellStyle(stil);
		}
	}

	private static final class Stiler {

		final CellStyle fet;

		final CellStyle belop;

		final CellStyle belopFet;

		final CellStyle prosent;

		Stiler(Workbook bok) {
			Font font = bok.createFont();
			font.setBold(true);
			fet = bok.createCellStyle();
			fet.setFont(font);
			short tallformat = bok.createDataFormat().getFormat("#,##0");
			belop = bok.createCellStyle();
			belop.setDataFormat(tallformat);
			belopFet = bok.createCellStyle();
			belopFet.setDataFormat(tallformat);
			belopFet.setFont(font);
			prosent = bok.createCellStyle();
			prosent.setDataFormat(bok.createDataFormat().getFormat("0.0"));
		}
	}
}
