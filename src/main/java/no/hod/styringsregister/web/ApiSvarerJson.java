package no.hod.styringsregister.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API answers JSON whatever the request's Accept header says, its errors as well as its data. Pages negotiate
 * as before.
 * <p>
 * Negotiated by the header alone, a client asking for {@code text/html} made every module's error handler fail to
 * write its {@code {"error": …}} (a 500 or 406 «Noe gikk galt» instead of the 400 or 404 it meant), and a refusal
 * from the security filters came back as an HTML page. Here, once for every handler: under {@code /api/} JSON is
 * always acceptable, as the last choice, so an address that has another format ({@code text/calendar}) still gives
 * it to a client that asks for it; and the error dispatch of an API request accepts JSON only, so the error
 * controller answers {@code {"error": …}} (see {@link NorskeFeilattributter}) rather than the error page. A
 * successful answer to a client that asks only for a page is then JSON too, not a 406: RFC 9110 lets a server
 * disregard Accept, the API has no other format to offer, and the caller gets what it asked about rather than one
 * more error to read.
 */
@Component
class ApiSvarerJson implements WebMvcConfigurer {

	/** Below any quality a client gives: only what it accepts itself comes before. */
	private static final MediaType SIST = MediaType.parseMediaType("application/json;q=0.001");

	private static final ContentNegotiationStrategy HEADER = new HeaderContentNegotiationStrategy();

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		// Boot's own setup asks for no other strategy (no format parameter), so the header is all there was.
		configurer.strategies(List.of(ApiSvarerJson::typer));
	}

	/** The types the request accepts, in the order it prefers them. */
	private static List<MediaType> typer(NativeWebRequest webRequest) throws HttpMediaTypeNotAcceptableException {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null || !ApiAdresser.gjelder(request)) {
			return HEADER.resolveMediaTypes(webRequest);
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return List.of(MediaType.APPLICATION_JSON);
		}
		List<MediaType> typer;
		try {
			typer = HEADER.resolveMediaTypes(webRequest);
		}
		catch (HttpMediaTypeNotAcceptableException ulesbar) {
			// An Accept header that cannot be read: JSON, rather than a 406 about the header.
			return List.of(MediaType.APPLICATION_JSON);
		}
		if (typer.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
			return typer;
		}
		List<MediaType> medJson = new ArrayList<>(typer);
		medJson.add(SIST);
		return medJson;
	}
}
