package no.hod.styringsregister.tildelingsbrev.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.tildelingsbrev.LetterImportException;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport.Resultat;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AssignmentDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.AuthorizationDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.CalendarEntryDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.LetterDraft;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.SpecialReportingDraft;

/** The JSON contract used by other tools: keep field names and shapes stable. */
@RestController
@RequestMapping("/api/tildelingsbrev")
class LetterApiController {

	private final LetterImportService imports;

	private final CurrentUsers currentUsers;

	LetterApiController(LetterImportService imports, CurrentUsers currentUsers) {
		this.imports = imports;
		this.currentUsers = currentUsers;
	}

	record PreviewJson(Integer year, String agency, List<GoalJson> goals, List<AssignmentJson> assignments,
			List<BudgetLineDraft> budgetLines, List<CalendarEntryDraft> calendar,
			List<SpecialReportingDraft> specialReporting, List<AuthorizationDraft> authorizations,
			List<String> warnings) {

		static PreviewJson of(LetterDraft draft) {
			return new PreviewJson(draft.year(), draft.agency(),
					draft.goals().stream().map(g -> new GoalJson(g.number(), g.title())).toList(),
					draft.assignments().stream().map(AssignmentJson::of).toList(), draft.budgetLines(), draft.calendar(),
					draft.specialReporting(), draft.authorizations(), draft.warnings());
		}
	}

	record GoalJson(String number, String title) {
	}

	record AssignmentJson(String id, String section, List<String> hodDepartments, String title, String text,
			List<LocalDate> deadlines, String deadlineText, boolean exemptFromPublic, List<String> references,
			List<BudgetRefJson> budgetRefs, List<String> exemptReferences, List<BudgetRefJson> exemptBudgetRefs) {

		/** The exempt lists are empty for a caller without clearance: the draft comes through {@link Redaction}. */
		static AssignmentJson of(AssignmentDraft a) {
			return new AssignmentJson(a.id(), a.section(), a.hodDepartments(), a.title(), a.text(), a.deadlines(),
					a.deadlineText(), a.exemptFromPublic(), a.references(),
					a.budgetRefs().stream().map(r -> new BudgetRefJson(r.chapter(), r.post())).toList(),
					a.exemptReferences(),
					a.exemptBudgetRefs().stream().map(r -> new BudgetRefJson(r.chapter(), r.post())).toList());
		}
	}

	record BudgetRefJson(int chapter, int post) {
	}

	/** Only a multipart body: another (JSON, a form, none) is a 415 saying how to send the file, not a 500. */
	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PreviewJson preview(@RequestParam("file") MultipartFile file) throws IOException {
		return PreviewJson.of(imports.previewFile(file.getOriginalFilename(), file.getBytes()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Resultat importLetter(@RequestParam("file") MultipartFile file) throws IOException {
		return imports.importFile(file.getOriginalFilename(), file.getBytes(), currentUsers.current().brukernavn());
	}

	@ExceptionHandler(LetterImportException.class)
	ResponseEntity<Map<String, String>> refused(LetterImportException ex) {
		return ResponseEntity.status(ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST)
			.body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, String>> missingFile() {
		return ResponseEntity.badRequest().body(Map.of("error", "Send filen i feltet «file» (multipart/form-data)."));
	}
}
