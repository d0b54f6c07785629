package no.hod.styringsregister.oppdrag.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.oppdrag.OppdragSummary;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.web.Formats;

/** The filtered list as Excel and CSV, with the list's parameters, through the same read path as the page. */
@Controller
class OppdragEksport {

	private static final Locale NORSK = Locale.forLanguageTag("nb-NO");

	private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final List<String> KOLONNER = List.of("ID", "Nøkkel", "År", "Etat", "Seksjon", "HOD-avdeling",
			"Tittel", "Status", "Første frist", "Alle frister", "Frist (tekst)", "Forventet dato", "Divisjon", "Avdeling",
			"Unntatt offentlighet", "Sist endret");

	/** Column widths in characters. */
	private static final int[] BREDDER = { 14, 14, 6, 22, 9, 14, 60, 13, 13, 26, 30, 14, 36, 30, 12, 13 };

	private final OppdragLeser leser;

	private final CurrentUsers brukere;

	private final OrganisasjonService organisasjon;

	private final MessageSource tekster;

	OppdragEksport(OppdragLeser leser, CurrentUsers brukere, OrganisasjonService organisasjon, MessageSource tekster) {
		this.leser = leser;
		this.brukere = brukere;
		this.organisasjon = organisasjon;
		this.tekster = tekster;
	}

	@GetMapping("/oppdrag/eksport.xlsx")
	ResponseEntity<byte[]> xlsx(ListeParametre parametre) {
		List<OppdragSummary> rader = rader(parametre);
		try (XSSFWorkbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
			Sheet ark = bok.createSheet("Oppdrag");
			CellStyle overskrift = bok.createCellStyle();
			Font fet = bok.createFont();
			fet.setBold(true);
			overskrift.setFont(fet);
			CellStyle dato = bok.createCellStyle();
			dato.setDataFormat(bok.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			Row topp = ark.createRow(0);
			for (int i = 0; i < KOLONNER.size(); i++) {
				Cell celle = topp.createCell(i);
				celle.setCellValue(KOLONNER.get(i));
				celle.setCellStyle(overskrift);
				ark.setColumnWidth(i, BREDDER[i] * 256);
			}
			ark.createFreezePane(0, 1);
			int r = 1;
			for (OppdragSummary o : rader) {
				Row rad = ark.createRow(r++);
				List<Object> verdier = verdier(o);
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
					else if (verdi != null) {
						celle.setCellValue(verdi.toString());
					}
				}
			}
			ark.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, KOLONNER.size() - 1));
			bok.write(ut);
			return fil(ut.toByteArray(), XLSX, "oppdrag.xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** UTF-8 with a byte order mark and semicolons, as Norwegian Excel expects. */
	@GetMapping("/oppdrag/eksport.csv")
	ResponseEntity<byte[]> csv(ListeParametre parametre) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(KOLONNER.stream().map(OppdragEksport::felt).collect(Collectors.joining(";"))).append("\r\n");
		for (OppdragSummary o : rader(parametre)) {
			csv.append(verdier(o).stream().map(v -> v instanceof LocalDate d ? DATO.format(d) : v == null ? "" : v.toString())
				.map(OppdragEksport::felt).collect(Collectors.joining(";"))).append("\r\n");
		}
		return fil(csv.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"oppdrag.csv");
	}

	private List<OppdragSummary> rader(ListeParametre parametre) {
		CurrentUser bruker = brukere.current();
		return leser.alle(parametre.filter(organisasjon), bruker);
	}

	private List<Object> verdier(OppdragSummary o) {
		return Arrays.asList(o.id(), o.nokkel(), o.aar(), o.etat(), o.seksjon(),
				String.join(", ", o.hodAvdelinger()), o.tittel(),
				tekster.getMessage("oppdrag.status." + o.status().name(), null, o.status().name(), NORSK),
				o.frister().isEmpty() ? null : o.frister().get(0),
				o.frister().stream().map(DATO::format).collect(Collectors.joining(", ")), o.fristTekst(),
				o.forventetDato(), o.divisjon(), o.avdeling(), o.unntattOffentlighet() ? "Ja" : "Nei",
				o.endret() == null ? null : o.endret().atZoneSameInstant(Formats.OSLO).toLocalDate());
	}

	/**
	 * Quotes a field when it holds a separator, quote or line break; a leading character that starts a formula
	 * (= + - @, and tab or carriage return before one) is neutralised so Excel shows text and runs nothing.
	 */
	private static String felt(String raa) {
		String verdi = !raa.isEmpty() && "=+-@\t\r".indexOf(raa.charAt(0)) >= 0 ? "'" + raa : raa;
		if (verdi.contains(";") || verdi.contains("\"") || verdi.contains("\n") || verdi.contains("\r")) {
			return "\"" + verdi.replace("\"", "\"\"") + "\"";
		}
		return verdi;
	}

	private static ResponseEntity<byte[]> fil(byte[] innhold, MediaType type, String navn) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(navn).build().toString())
			.body(innhold);
	}
}
