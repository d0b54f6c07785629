package no.hod.styringsregister.bevilgninger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Kapittel;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Linje;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Postgruppe;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Sammenlignet;
import no.hod.styringsregister.bevilgninger.internal.Bevilgningsoversikt.Totalsum;
import no.hod.styringsregister.web.Csv;
import no.hod.styringsregister.web.Formats;

/**
 * The overview as an Excel workbook and as CSV that say what the page says: the lines with the sums of split posts and
 * chapters and the totals, the comparison columns only where the page shows them; the workbook has the authorisations
 * on a sheet of their own. Every row says in «Radtype» whether it is a line or a sum, so that a filter on «Linje» (or
 * SUMIF over it) adds up the lines without counting a sum twice; the sums stay beside their lines, where the page has
 * them and where a reader checks them. Other ministries' chapters come after the totals, which leave them out, as on
 * the page, each row naming its ministry in «Departement».
 */
final class BevilgningEksport {

	/** A message of the module's bundle, as the page words it. */
	interface Tekster extends BiFunction<String, Object[], String> {
	}

	/** What a row of the file is; its name is the «Radtype» cell. */
	enum Radtype {

		LINJE("Linje"), SUM_POST("Sum post"), SUM_KAPITTEL("Sum kapittel"), TOTALSUM("Totalsum");

		final String navn;

		Radtype(String navn) {
			this.navn = navn;
		}
	}

	/** The change in per cent: a fraction in the workbook, the page's rounded per cent in the CSV. */
	private record Prosent(Double andel, BigDecimal prosent) {
	}

	/**
	 * One row, its values in the columns' order: a number of 1 000 kr as {@link Long}, the chapter as
	 * {@link Integer}, the change in per cent as {@link Prosent}, text as {@link String}, {@code null} an empty cell.
	 */
	private record Rad(Radtype type, List<Object> verdier) {
	}

	/** The change covers only posts with an amount both years (the page's note says which are left out). */
	private static final String ENDRING = "Endring, sammenlignbare poster";

	private static final String RADTYPE = "Radtype";

	private static final String DEPARTEMENT = "Departement";

	private static final String BELOPSENDRINGER = "Endret ved ny versjon av brevet";

	/** Amounts and dates as the page writes them. */
	private static final Formats FORMATS = new Formats();

	private BevilgningEksport() {
	}

	static List<String> kolonner(Bevilgningsoversikt oversikt) {
		List<String> kolonner = new ArrayList<>(List.of("Kap.", "Post", "Navn", "Type", "Beløp " + oversikt.aar()));
		if (oversikt.sammenligning()) {
			kolonner.addAll(List.of("Beløp " + (oversikt.aar() - 1), ENDRING, "Endring %, sammenlignbare poster"));
		}
		kolonner.addAll(List.of("Kommentar", "Oppdrag"));
		if (medDepartement(oversikt)) {
			kolonner.add(DEPARTEMENT);
		}
		if (medBelopsendringer(oversikt)) {
			kolonner.add(BELOPSENDRINGER);
		}
		kolonner.add(RADTYPE);
		return kolonner;
	}

	/**
	 * Whether a line's amount was changed by a new version of its letter: then the lines say so in a column of their
	 * own, before «Radtype», which stays the last column as the files have always had it.
	 */
	private static boolean medBelopsendringer(Bevilgningsoversikt oversikt) {
		return Stream.concat(oversikt.kapitler().stream(),
				oversikt.andreDepartementer().stream().flatMap(d -> d.kapitler().stream()))
			.flatMap(k -> k.linjer().stream())
			.anyMatch(l -> !l.belopsendringer().isEmpty());
	}

	/** The line's amount changes as the page words them, one after another, oldest first; {@code null} for none. */
	private static String belopsendringer(Linje linje, Tekster tekster) {
		if (linje.belopsendringer().isEmpty()) {
			return null;
		}
		String ikkeOppgitt = tekster.apply("bevilgninger.ikke-oppgitt", null);
		return linje.belopsendringer().stream()
			.map(e -> tekster.apply("bevilgninger.belop-endret.tekst",
					new Object[] { e.fra() == null ? ikkeOppgitt : FORMATS.belop(e.fra()),
							e.til() == null ? ikkeOppgitt : FORMATS.belop(e.til()), FORMATS.dato(e.dato()) }))
			.collect(Collectors.joining("; "));
	}

	/**
	 * Whether other ministries' chapters are shown: then their rows, after the totals as on the page, name the
	 * ministry in a column of their own, so that a filter tells them from the ministry's own lines.
	 */
	private static boolean medDepartement(Bevilgningsoversikt oversikt) {
		return !oversikt.andreDepartementer().isEmpty();
	}

	/**
	 * The lines and sums in the page's order, the totals next, and last other ministries' chapters, which the totals
	 * leave out.
	 */
	private static List<Rad> rader(Bevilgningsoversikt oversikt, Tekster tekster) {
		List<Rad> rader = new ArrayList<>();
		Kolonner k = new Kolonner(oversikt.sammenligning(), medDepartement(oversikt), medBelopsendringer(oversikt));
		for (Kapittel kapittel : oversikt.kapitler()) {
			kapittelrader(rader, kapittel, null, k, oversikt, tekster);
		}
		// Only the totals there are lines for, as on the page; one chapter's own note says it already.
		String merknad = k.sammenligning() && oversikt.kapittel() == null && oversikt.utenforEndring() > 0
				? tekster.apply("bevilgninger.summer.endring-utenfor",
						new Object[] { oversikt.utenforEndring(), oversikt.aar() - 1, oversikt.aar() })
				: null;
		boolean inntekter = !oversikt.inntekter().isEmpty();
		if (!oversikt.utgifter().isEmpty()) {
			rader.add(totalsum(tekster.apply("bevilgninger.sum-utgifter", null), "Utgift", oversikt.utgiftsum(), k,
					inntekter ? null : merknad));
		}
		if (inntekter) {
			rader.add(totalsum(tekster.apply("bevilgninger.sum-inntekter", null), "Inntekt", oversikt.inntektsum(), k,
					merknad));
		}
		for (Bevilgningsoversikt.Departementsramme ramme : oversikt.andreDepartementer()) {
			for (Kapittel kapittel : ramme.kapitler()) {
				kapittelrader(rader, kapittel, ramme.departement(), k, oversikt, tekster);
			}
		}
		return rader;
	}

	/** Which of the optional columns the file has. */
	private record Kolonner(boolean sammenligning, boolean departement, boolean belopsendringer) {
	}

	/** A chapter's lines, its split posts' sums and its sum. */
	private static void kapittelrader(List<Rad> rader, Kapittel kapittel, String departement, Kolonner k,
			Bevilgningsoversikt oversikt, Tekster tekster) {
		// Not 0: the letter gives none. The sums are counted in Java, with it as 0, as the page says.
		String ikkeOppgitt = tekster.apply("bevilgninger.ikke-oppgitt", null);
		String type = kapittel.inntekt() ? "Inntekt" : "Utgift";
		for (Postgruppe post : kapittel.poster()) {
			for (Linje linje : post.linjer()) {
				// The post as text: as a number, post 01 was «1».
				rader.add(rad(Radtype.LINJE, k, linje.kapittel(), Bevilgningsoversikt.postnummer(linje.post()),
						linje.navn(), type, linje.belop() == null ? ikkeOppgitt : linje.belop(), linje.forrigeAar(), linje,
						linje.kommentar() == null ? "" : linje.kommentar(), String.join(", ", linje.oppdrag()),
						departement, belopsendringer(linje, tekster)));
			}
			if (post.delt()) {
				rader.add(rad(Radtype.SUM_POST, k, kapittel.nummer(), Bevilgningsoversikt.postnummer(post.post()),
						tekster.apply("bevilgninger.sum-post", new Object[] { post.nummer() }), type, post.sum(),
						post.sumForrigeAar(), post, null, null, departement, null));
			}
		}
		String merknad = k.sammenligning() && kapittel.utenforEndring() > 0 ? tekster.apply("bevilgninger.endring-utenfor",
				new Object[] { kapittel.utenforEndring(), oversikt.aar() - 1, oversikt.aar() }) : null;
		rader.add(rad(Radtype.SUM_KAPITTEL, k, kapittel.nummer(), null,
				tekster.apply("bevilgninger.sum-kapittel", new Object[] { kapittel.nummer() }), type, kapittel.sum(),
				kapittel.sumForrigeAar(), kapittel, merknad, null, departement, null));
	}

	private static Rad totalsum(String navn, String type, Totalsum sum, Kolonner k, String merknad) {
		return rad(Radtype.TOTALSUM, k, null, null, navn, type, sum.sum(), sum.sumForrigeAar(), sum, merknad, null,
				null, null);
	}

	private static Rad rad(Radtype radtype, Kolonner k, Integer kapittel, String post, String navn, String type,
			Object belop, Long forrige, Sammenlignet sammenlignet, String kommentar, String oppdrag,
			String departement, String belopsendringer) {
		List<Object> verdier = new ArrayList<>(Arrays.asList(kapittel, post, navn, type, belop));
		if (k.sammenligning()) {
			BigDecimal prosent = sammenlignet.endringProsent();
			verdier.addAll(Arrays.asList(forrige, sammenlignet.endring(),
					prosent == null ? null : new Prosent(sammenlignet.endringAndel(), prosent)));
		}
		verdier.addAll(Arrays.asList(kommentar, oppdrag));
		if (k.departement()) {
			verdier.add(departement);
		}
		if (k.belopsendringer()) {
			verdier.add(belopsendringer);
		}
		verdier.add(radtype.navn);
		return new Rad(radtype, verdier);
	}

	/**
	 * The CSV, as the assignment list's and the calendar's: the headings on the first line, amounts as whole numbers,
	 * the change in per cent with the page's one decimal (a comma), the same assignments as the workbook.
	 */
	static Csv csv(Bevilgningsoversikt oversikt, Tekster tekster) {
		Csv csv = new Csv().linje(kolonner(oversikt));
		for (Rad rad : rader(oversikt, tekster)) {
			csv.linje(rad.verdier().stream()
				.map(v -> v instanceof Prosent p ? p.prosent().toPlainString().replace('.', ',')
						: v == null ? null : v.toString())
				.toList());
		}
		return csv;
	}

	static void skriv(Bevilgningsoversikt oversikt, Tekster tekster, OutputStream ut) throws IOException {
		try (Workbook bok = new XSSFWorkbook()) {
			Stiler stiler = new Stiler(bok);
			Sheet ark = bok.createSheet("Bevilgninger");
			int rad = 0;
			celle(ark.createRow(rad++), 0, oversikt.etat().navn() + " – bevilgninger " + oversikt.aar()
					+ " (beløp i 1 000 kr)", stiler.fet);
			if (!oversikt.sammenligning()) {
				celle(ark.createRow(rad++), 0,
						tekster.apply("bevilgninger.ingen-sammenligning", new Object[] { oversikt.aar() - 1 }), null);
			}
			rad++;
			List<String> kolonner = kolonner(oversikt);
			int kommentar = kolonner.indexOf("Kommentar");
			int belopsendringer = kolonner.indexOf(BELOPSENDRINGER);
			int topp = rad;
			Row overskrift = ark.createRow(rad++);
			for (int i = 0; i < kolonner.size(); i++) {
				celle(overskrift, i, kolonner.get(i), stiler.fetBrytes);
			}
			boolean utenBelop = false;
			for (Rad r : rader(oversikt, tekster)) {
				Row rekke = ark.createRow(rad++);
				boolean sum = r.type() != Radtype.LINJE;
				for (int i = 0; i < r.verdier().size(); i++) {
					Object verdi = r.verdier().get(i);
					if (verdi instanceof Long n) {
						tall(rekke, i, n, sum ? stiler.belopFet : stiler.belop);
					}
					else if (verdi instanceof Integer n) {
						rekke.createCell(i).setCellValue(n);
					}
					else if (verdi instanceof Prosent p) {
						Cell celle = rekke.createCell(i);
						celle.setCellValue(p.andel());
						celle.setCellStyle(sum ? stiler.prosentFet : stiler.prosent);
					}
					else if (verdi != null) {
						boolean brytes = i == kommentar || i == kommentar + 1 || i == belopsendringer;
						celle(rekke, i, verdi.toString(), brytes ? stiler.brytes : sum && i == 2 ? stiler.fet : null);
						utenBelop |= i == 4;
					}
				}
			}
			// The headings stay in sight, and the filter takes in every row of the table, the sums too: «Radtype».
			ark.createFreezePane(0, topp + 1);
			ark.setAutoFilter(new CellRangeAddress(topp, rad - 1, 0, kolonner.size() - 1));
			if (utenBelop) {
				rad++;
				celle(ark.createRow(rad), 0, tekster.apply("bevilgninger.ikke-oppgitt", null) + ": "
						+ tekster.apply("bevilgninger.ikke-oppgitt.forklaring", null), null);
			}
			for (int i = 0; i < kolonner.size(); i++) {
				ark.setColumnWidth(i, (i == 2 || i == kommentar ? 60 : i == kommentar + 1 ? 24
						: kolonner.get(i).equals(DEPARTEMENT) || i == belopsendringer ? 36 : 14) * 256);
			}

			Sheet fullmakter = bok.createSheet("Fullmakter");
			Row hode = fullmakter.createRow(0);
			celle(hode, 0, "Type", stiler.fet);
			celle(hode, 1, "Fullmakt", stiler.fet);
			int f = 1;
			for (Bevilgningsoversikt.Fullmakt fullmakt : oversikt.fullmakter()) {
				Row r = fullmakter.createRow(f++);
				r.createCell(0).setCellValue(fullmakt.type());
				celle(r, 1, fullmakt.tekst(), stiler.brytes);
			}
			fullmakter.setColumnWidth(0, 30 * 256);
			fullmakter.setColumnWidth(1, 100 * 256);
			fullmakter.createFreezePane(0, 1);
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
		Cell celle = rad.createCell(kolonne);
		celle.setCellValue(verdi);
		celle.setCellStyle(stil);
	}

	private static final class Stiler {

		final CellStyle fet;

		final CellStyle fetBrytes;

		final CellStyle brytes;

		final CellStyle belop;

		final CellStyle belopFet;

		final CellStyle prosent;

		final CellStyle prosentFet;

		Stiler(Workbook bok) {
			Font font = bok.createFont();
			font.setBold(true);
			fet = bok.createCellStyle();
			fet.setFont(font);
			// A long heading or comment wraps in its column rather than running over the next ones.
			fetBrytes = bok.createCellStyle();
			fetBrytes.setFont(font);
			fetBrytes.setWrapText(true);
			fetBrytes.setVerticalAlignment(VerticalAlignment.TOP);
			brytes = bok.createCellStyle();
			brytes.setWrapText(true);
			brytes.setVerticalAlignment(VerticalAlignment.TOP);
			// Negative with the minus sign (−), as the page writes it; the cells stay numbers.
			short tallformat = bok.createDataFormat().getFormat("#,##0;\"\u2212\"#,##0");
			belop = bok.createCellStyle();
			belop.setDataFormat(tallformat);
			belopFet = bok.createCellStyle();
			belopFet.setDataFormat(tallformat);
			belopFet.setFont(font);
			// The exact share, shown with the page's one decimal: Excel computes with what the cell holds.
			short prosentformat = bok.createDataFormat().getFormat("0.0%;\"\u2212\"0.0%");
			prosent = bok.createCellStyle();
			prosent.setDataFormat(prosentformat);
			prosentFet = bok.createCellStyle();
			prosentFet.setDataFormat(prosentformat);
			prosentFet.setFont(font);
		}
	}
}
