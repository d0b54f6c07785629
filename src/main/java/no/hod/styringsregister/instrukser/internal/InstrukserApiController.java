package no.hod.styringsregister.instrukser.internal;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import no.hod.styringsregister.dokumenter.DocumentTooLargeException;
import no.hod.styringsregister.dokumenter.UnreadableDocumentException;
import no.hod.styringsregister.instrukser.InstruksImport;
import no.hod.styringsregister.instrukser.internal.parsing.InstruksDraft;
import no.hod.styringsregister.instrukser.internal.parsing.InstruksParseException;

/**
 * {@code POST /api/instrukser/preview} answers what the file says and writes nothing; {@code POST /api/instrukser}
 * imports and commits in one step. Admins only (checked by the service). Errors answer {@code {"error": "…"}}.
 */
@RestController
@RequestMapping("/api/instrukser")
class InstrukserApiController {

	private final InstruksService service;

	InstrukserApiController(InstruksService service) {
		this.service = service;
	}

	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	InstruksDraft preview(@RequestParam("file") MultipartFile file) throws IOException {
		return service.les(filnavn(file), file.getBytes()).medAdvarsler();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<InstruksImport.Resultat> importer(@RequestParam("file") MultipartFile file) throws IOException {
		InstruksImport.Resultat resultat = service.importer(filnavn(file), file.getBytes());
		return ResponseEntity.status(resultat.status() == InstruksImport.Status.NY ? HttpStatus.CREATED : HttpStatus.OK)
			.body(resultat);
	}

	static String filnavn(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "instruks.txt" : name;
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ResponseEntity<Map<String, String>> unreadable(UnreadableDocumentException ex) {
		return error(ex instanceof DocumentTooLargeException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
				ex.getMessage());
	}

	@ExceptionHandler({ InstruksParseException.class, IllegalArgumentException.class })
	ResponseEntity<Map<String, String>> badInput(RuntimeException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ResponseEntity<Map<String, String>> noFile(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "Legg ved instruksen som en fil i feltet «file» (multipart/form-data).");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}
}
