package no.hod.styringsregister.bevilgninger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Kapittel;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Linje;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Postgruppe;

/**
 * The overview as an Excel workbook that says what the page says: one sheet of lines with the sums of split posts and
 * chapters and the totals, one of authorisations. The comparison columns only where the page shows them.
 */
final class BevilgningEksport {

	/** A message of the module's bundle, as the page words it. */
	interface Tekster extends BiFunction<String, Object[], String> {
	}

	private BevilgningEksport() {
	}

	static void skriv(Bevilgningsoversikt oversikt, Tekster tekster, OutputStream ut) throws IOException {
		try (Workbook bok = new XSSFWorkbook()) {
			Stiler stiler = new Stiler(bok);
			Sheet ark = bok.createSheet("Bevilgninger");
			boolean sammenligning = oversikt.sammenligning();
			int rad = 0;
			celle(ark.createRow(rad++), 0, oversikt.etat().navn() + " – bevilgninger " + oversikt.aar()
					+ " (beløp i 1 000 kr)", stiler.fet);
			if (!sammenligning) {
				celle(ark.createRow(rad++), 0,
						tekster.apply("bevilgninger.ingen-sammenligning", new Object[] { oversikt.aar() - 1 }), null);
			}
			rad++;
			List<String> kolonner = new ArrayList<>(List.of("Kap.", "Post", "Navn", "Type", "Beløp " + oversikt.aar()));
			if (sammenligning) {
				kolonner.addAll(List.of("Beløp " + (oversikt.aar() - 1), "Endring", "Endring %"));
			}
			kolonner.addAll(List.of("Kommentar", "Oppdrag"));
			int kommentar = kolonner.indexOf("Kommentar");
			Row overskrift = ark.createRow(rad++);
			for (int i = 0; i < kolonner.size(); i++) {
				celle(overskrift, i, kolonner.get(i), stiler.fet);
			}
			String ikkeOppgitt = tekster.apply("bevilgninger.ikke-oppgitt", null);
			boolean utenBelop = false;
			for (Kapittel kapittel : oversikt.kapitler()) {
				for (Postgruppe post : kapittel.poster()) {
					for (Linje linje : post.linjer()) {
						Row r = ark.createRow(rad++);
						r.createCell(0).setCellValue(linje.kapittel());
						// Text: as a number, post 01 was «1».
						r.createCell(1).setCellValue(Bevilgningsoversikt.postnummer(linje.post()));
						r.createCell(2).setCellValue(linje.navn());
						r.createCell(3).setCellValue(linje.inntekt() ? "Inntekt" : "Utgift");
						if (linje.belop() == null) {
							// Not 0: the letter gives none. The sums are counted in Java, with it as 0, as the page says.
							celle(r, 4, ikkeOppgitt, null);
							utenBelop = true;
						}
						else {
							tall(r, 4, linje.belop(), stiler.belop);
						}
						if (sammenligning) {
							tall(r, 5, linje.forrigeAar(), stiler.belop);
							tall(r, 6, linje.endring(), stiler.belop);
							prosent(r, 7, linje.endringProsent(), stiler.prosent);
						}
						r.createCell(kommentar).setCellValue(linje.kommentar() == null ? "" : linje.kommentar());
						r.createCell(kommentar + 1).setCellValue(String.join(", ", linje.oppdrag()));
					}
					if (post.delt()) {
						Row sum = ark.createRow(rad++);
						celle(sum, 2, tekster.apply("bevilgninger.sum-post", new Object[] { post.nummer() }), stiler.fet);
						tall(sum, 4, post.sum(), stiler.belopFet);
						if (sammenligning) {
							tall(sum, 5, post.sumForrigeAar(), stiler.belopFet);
							tall(sum, 6, post.endring(), stiler.belopFet);
						}
					}
				}
				Row sum = ark.createRow(rad++);
				celle(sum, 2, tekster.apply("bevilgninger.sum-kapittel", new Object[] { kapittel.nummer() }), stiler.fet);
				tall(sum, 4, kapittel.sum(), stiler.belopFet);
				if (sammenligning) {
					tall(sum, 5, kapittel.sumForrigeAar(), stiler.belopFet);
					tall(sum, 6, kapittel.endring(), stiler.belopFet);
					if (kapittel.utenforEndring() > 0) {
						celle(sum, kommentar, tekster.apply("bevilgninger.endring-utenfor",
								new Object[] { kapittel.utenforEndring(), oversikt.aar() - 1, oversikt.aar() }), null);
					}
				}
			}
			rad++;
			// Only the totals there are lines for, as on the page.
			if (!oversikt.utgifter().isEmpty()) {
				Row utgifter = ark.createRow(rad++);
				celle(utgifter, 2, tekster.apply("bevilgninger.sum-utgifter", null), stiler.fet);
				tall(utgifter, 4, oversikt.sumUtgifter(), stiler.belopFet);
			}
			if (!oversikt.inntekter().isEmpty()) {
				Row inntekter = ark.createRow(rad++);
				celle(inntekter, 2, tekster.apply("bevilgninger.sum-inntekter", null), stiler.fet);
				tall(inntekter, 4, oversikt.sumInntekter(), stiler.belopFet);
			}
			if (utenBelop) {
				rad++;
				celle(ark.createRow(rad), 0, ikkeOppgitt + ": "
						+ tekster.apply("bevilgninger.ikke-oppgitt.forklaring", null), null);
			}
			for (int i = 0; i < kolonner.size(); i++) {
				ark.setColumnWidth(i, i == 2 || i == kommentar ? 60 * 256 : 14 * 256);
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
		if (stil != null) {
			celle.setCellStyle(stil);
		}
	}

	private static void tall(Row rad, int kolonne, Long verdi, CellStyle stil) {
		if (verdi != null) {
			Cell celle = rad.createCell(kolonne);
			celle.setCellValue(verdi);
			celle.setCellStyle(stil);
		}
	}

	/** A percent cell: the fraction (0.053), shown as 5,3 %, with the page's rounding to one decimal. */
	private static void prosent(Row rad, int kolonne, BigDecimal prosent, CellStyle stil) {
		if (prosent != null) {
			Cell celle = rad.createCell(kolonne);
			celle.setCellValue(prosent.movePointLeft(2).doubleValue());
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
			// Negative with the minus sign (−), as the page writes it; the cells stay numbers.
			short tallformat = bok.createDataFormat().getFormat("#,##0;\"\u2212\"#,##0");
			belop = bok.createCellStyle();
			belop.setDataFormat(tallformat);
			belopFet = bok.createCellStyle();
			belopFet.setDataFormat(tallformat);
			belopFet.setFont(font);
			prosent = bok.createCellStyle();
			prosent.setDataFormat(bok.createDataFormat().getFormat("0.0%;\"\u2212\"0.0%"));
		}
	}
}
