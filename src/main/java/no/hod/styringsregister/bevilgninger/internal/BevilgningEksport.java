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
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Sammenlignet;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Totalsum;

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
							sammenlign(r, linje.forrigeAar(), linje, stiler.belop, stiler.prosent);
						}
						r.createCell(kommentar).setCellValue(linje.kommentar() == null ? "" : linje.kommentar());
						r.createCell(kommentar + 1).setCellValue(String.join(", ", linje.oppdrag()));
					}
					if (post.delt()) {
						Row sum = ark.createRow(rad++);
						celle(sum, 2, tekster.apply("bevilgninger.sum-post", new Object[] { post.nummer() }), stiler.fet);
						tall(sum, 4, post.sum(), stiler.belopFet);
						if (sammenligning) {
							sammenlign(sum, post.sumForrigeAar(), post, stiler.belopFet, stiler.prosentFet);
						}
					}
				}
				Row sum = ark.createRow(rad++);
				celle(sum, 2, tekster.apply("bevilgninger.sum-kapittel", new Object[] { kapittel.nummer() }), stiler.fet);
				tall(sum, 4, kapittel.sum(), stiler.belopFet);
				if (sammenligning) {
					sammenlign(sum, kapittel.sumForrigeAar(), kapittel, stiler.belopFet, stiler.prosentFet);
					if (kapittel.utenforEndring() > 0) {
						celle(sum, kommentar, tekster.apply("bevilgninger.endring-utenfor",
								new Object[] { kapittel.utenforEndring(), oversikt.aar() - 1, oversikt.aar() }), null);
					}
				}
			}
			rad++;
			// Only the totals there are lines for, as on the page.
			if (!oversikt.utgifter().isEmpty()) {
				totalsum(ark.createRow(rad++), tekster.apply("bevilgninger.sum-utgifter", null), oversikt.utgiftsum(),
						sammenligning, stiler);
			}
			if (!oversikt.inntekter().isEmpty()) {
				totalsum(ark.createRow(rad++), tekster.apply("bevilgninger.sum-inntekter", null),
						oversikt.inntektsum(), sammenligning, stiler);
			}
			// One chapter's own note says it already.
			if (sammenligning && oversikt.kapittel() == null && oversikt.utenforEndring() > 0) {
				celle(ark.getRow(rad - 1), kommentar, tekster.apply("bevilgninger.summer.endring-utenfor",
						new Object[] { oversikt.utenforEndring(), oversikt.aar() - 1, oversikt.aar() }), null);
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

	private static void totalsum(Row rad, String navn, Totalsum sum, boolean sammenligning, Stiler stiler) {
		celle(rad, 2, navn, stiler.fet);
		tall(rad, 4, sum.sum(), stiler.belopFet);
		if (sammenligning) {
			sammenlign(rad, sum.sumForrigeAar(), sum, stiler.belopFet, stiler.prosentFet);
		}
	}

	/** Last year's amount, the change and the change in per cent, in the columns after this year's amount. */
	private static void sammenlign(Row rad, Long forrige, Sammenlignet sammenlignet, CellStyle belop,
			CellStyle prosent) {
		tall(rad, 5, forrige, belop);
		tall(rad, 6, sammenlignet.endring(), belop);
		prosent(rad, 7, sammenlignet.endringProsent(), prosent);
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

		final CellStyle prosentFet;

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
			short prosentformat = bok.createDataFormat().getFormat("0.0%;\"\u2212\"0.0%");
			prosent = bok.createCellStyle();
			prosent.setDataFormat(prosentformat);
			prosentFet = bok.createCellStyle();
			prosentFet.setDataFormat(prosentformat);
			prosentFet.setFont(font);
		}
	}
}
