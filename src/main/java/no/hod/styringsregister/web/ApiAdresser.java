package no.hod.styringsregister.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

/** Whether a request is for the JSON API ({@code /api/**}), also on the error dispatch that answers its error. */
final class ApiAdresser {

	private ApiAdresser() {
	}

	static boolean gjelder(HttpServletRequest request) {
		// On the error dispatch the request's own address is the error page's; the one that failed is an attribute.
		Object adresse = request.getDispatcherType() == DispatcherType.ERROR
				? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
		return adresse instanceof String sti && gjelder(request.getContextPath(), sti);
	}

	/** {@code adresse} as the request line has it, not decoded: also one refused for what it would decode to. */
	static boolean gjelder(String kontekst, String adresse) {
		return adresse.startsWith(kontekst + "/api/");
	}

	/** The API's error shape, {@code {"error": "…"}}, for what answers before Spring MVC can write it. */
	static byte[] feilsvar(String melding) {
		return JsonMapper.shared().writeValueAsBytes(Map.of("error", melding));
	}
}
