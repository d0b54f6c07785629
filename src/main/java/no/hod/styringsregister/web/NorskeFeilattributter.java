package no.hod.styringsregister.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The error answer for a client that asks for no page (the API, a script): the reason in Norwegian, as the error
 * pages give it, rather than the HTTP reason phrase («Not Found»). Never the exception's message or a stack trace. A
 * form refused for its CSRF token says what the caller must send, an upload refused for its file's name says so. The
 * API's errors have its shape, {@code {"error": "…"}}, whatever the client accepts (see {@link ApiSvarerJson}).
 */
@Component
class NorskeFeilattributter extends DefaultErrorAttributes {

	private final MessageSource tekster;

	private final Filnavnsgrense filnavn;

	NorskeFeilattributter(MessageSource tekster, Filnavnsgrense filnavn) {
		this.tekster = tekster;
		this.filnavn = filnavn;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributter = super.getErrorAttributes(request, options);
		if (attributter.get("status") instanceof Integer status) {
			attributter.put("error", tekster.getMessage("feil." + status + ".tittel", null,
					tekster.getMessage("feil.generell.tittel", null, Formats.NORSK), Formats.NORSK));
		}
		if (filnavn.overskredet(getError(request))) {
			// Tomcat's 413 for a part's header: the file's name, not its size (see Filnavnsgrense).
			attributter.put("error", tekster.getMessage("feil.413.filnavn.api", null, Formats.NORSK));
		}
		if (request instanceof ServletWebRequest servlet && Feilsider.skjemaUtlopt(servlet.getRequest())) {
			// A script gets what to send, rather than a "no access" that sends its user to an administrator.
			attributter.put("error", tekster.getMessage("feil.csrf.api", null, Formats.NORSK));
		}
		if (request instanceof ServletWebRequest servlet && ApiAdresser.gjelder(servlet.getRequest())) {
			// The API's documented shape, as its controllers answer: the reason alone.
			Map<String, Object> api = new LinkedHashMap<>();
			api.put("error", attributter.getOrDefault("error",
					tekster.getMessage("feil.generell.tittel", null, Formats.NORSK)));
			return api;
		}
		return attributter;
	}
}
