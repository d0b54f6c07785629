package no.hod.styringsregister.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.Http11InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.apache.tomcat.util.res.StringManager;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request Tomcat refuses before it reaches the application (an address with {@code %2F}, {@code %5C}
 * or {@code %00} in it, raw non-ASCII bytes in the query, an address or headers longer than it reads): a page in
 * Norwegian in the register's voice, saying which of these it was, instead of Tomcat's English «HTTP Status 400 – Bad
 * Request» with its report; under {@code /api/} the API's {@code {"error": "…"}}, as every answer there is JSON (but
 * for a request line Tomcat cannot read at all, which has no address to tell). The application's own error pages are
 * not touched: Tomcat's error report valve only answers a response that has no body yet.
 */
@Component
class Tomcatfeilsider implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource tekster;

	Tomcatfeilsider(MessageSource tekster) {
		this.tekster = tekster;
	}

	/** After Boot's own customizer, which may already have put a report valve on the host. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Map<Grunn, Svar> svar = new EnumMap<>(Grunn.class);
		svar.put(Grunn.UGYLDIG, svarMed("feil.400.tittel", "feil.400.adresse", "feil.400.adresse.api"));
		svar.put(Grunn.FOR_LANG, svarMed("feil.400.lang.tittel", "feil.400.lang", "feil.400.lang.api"));
		svar.put(Grunn.FOR_STORE_HEADERE, svarMed("feil.400.tittel", "feil.400.headere", "feil.400.headere.api"));
		svar.put(Grunn.ANNEN, svarMed("feil.generell.tittel", "feil.generell.tekst", "feil.generell.tittel"));
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			Pipeline pipeline = host.getPipeline();
			// One report valve, this one, in place of any put there before.
			Arrays.stream(pipeline.getValves()).filter(ErrorReportValve.class::isInstance).forEach(pipeline::removeValve);
			Rapport valve = new Rapport(context.getPath(), svar);
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			pipeline.addValve(valve);
			if (host instanceof StandardHost standard) {
				// Else the host, finding no valve of the class it expects, adds a plain one at start.
				standard.setErrorReportValveClass(Rapport.class.getName());
			}
		});
	}

	/** What Tomcat refused the request for, as far as it tells. */
	enum Grunn {
		UGYLDIG, FOR_LANG, FOR_STORE_HEADERE, ANNEN
	}

	/** One answer, as a page and in the API's shape. */
	record Svar(byte[] side, byte[] json) {
	}

	/** The answers written here, with the same conditions Tomcat's report has, rather than its English report. */
	static final class Rapport extends ErrorReportValve {

		/**
		 * Tomcat's message when the request line and headers do not fit in its buffer, in the language it writes it
		 * in: both an address too long and headers too large give a 400 with it, and only the address tells them apart.
		 */
		private static final String FOR_STOR = StringManager.getManager(Http11InputBuffer.class)
			.getString("iib.requestheadertoolarge.error");

		private final String kontekst;

		private final Map<Grunn, Svar> svar;

		Rapport(String kontekst, Map<Grunn, Svar> svar) {
			this.kontekst = kontekst;
			this.svar = svar;
		}

		@Override
		protected void report(Request request, Response response, Throwable feil) {
			if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean kanSkrive = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, kanSkrive);
			if (!kanSkrive.get()) {
				return;
			}
			String adresse = request.getRequestURI();
			Grunn grunn = Grunn.ANNEN;
			if (response.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
				boolean forStor = feil instanceof IllegalArgumentException && FOR_STOR.equals(feil.getMessage());
				grunn = !forStor ? Grunn.UGYLDIG : adresse == null ? Grunn.FOR_LANG : Grunn.FOR_STORE_HEADERE;
			}
			if (grunn == Grunn.FOR_LANG) {
				adresse = pabegynt(request);
			}
			boolean api = adresse != null && ApiAdresser.gjelder(kontekst, adresse);
			try {
				response.setContentType(api ? MediaType.APPLICATION_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				byte[] kropp = api ? svar.get(grunn).json() : svar.get(grunn).side();
				response.setContentLength(kropp.length);
				response.getOutputStream().write(kropp);
			}
			catch (IOException ex) {
				// The client is gone, as in Tomcat's own report: nothing left to answer.
			}
		}

		/**
		 * The start of the address of a request line too long to be read, for an API address to get JSON: Tomcat stops
		 * before it knows the address, with the line still in its input buffer. {@code null} if it is not there.
		 */
		private static String pabegynt(Request request) {
			if (!(request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler buffer)
					|| buffer.getByteBuffer() == null || request.getMethod() == null) {
				return null;
			}
			ByteBuffer lest = buffer.getByteBuffer().duplicate();
			lest.position(0);
			byte[] bytes = new byte[lest.remaining()];
			lest.get(bytes);
			// Tomcat skips empty lines before the request line.
			String linje = new String(bytes, StandardCharsets.ISO_8859_1).stripLeading();
			String metode = request.getMethod() + " ";
			return linje.startsWith(metode) ? linje.substring(metode.length()) : null;
		}
	}

	/** The page with {@code tittel} and {@code tekst}; the API's answer says {@code api}. */
	private Svar svarMed(String tittel, String tekst, String api) {
		return new Svar(side(tittel, tekst).getBytes(StandardCharsets.UTF_8), ApiAdresser.feilsvar(tekst(api)));
	}

	/** A page as the layout's, without what needs a signed-in user or the application behind it. */
	private String side(String tittel, String tekst) {
		String navn = tekst("app.navn");
		return """
				<!DOCTYPE html>
				<html lang="nb">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%1$s – %2$s</title>
				  <link rel="stylesheet" href="/css/styringsregister.css">
				</head>
				<body>
				<header class="topp">
				  <div class="topp-linje">
				    <a class="merke" href="/"><span class="merke-navn">%2$s</span>
				      <span class="merke-under">%3$s</span></a>
				  </div>
				</header>
				<main id="innhold">
				  <section class="feilside">
				    <h1>%1$s</h1>
				    <p>%4$s</p>
				    <p><a href="/">%5$s</a></p>
				  </section>
				</main>
				</body>
				</html>
				""".formatted(html(tekst(tittel)), html(navn), html(tekst("app.eier")), html(tekst(tekst)),
				html(tekst("feil.tilbake")));
	}

	private String tekst(String nokkel) {
		return tekster.getMessage(nokkel, null, Formats.NORSK);
	}

	private static String html(String tekst) {
		return HtmlUtils.htmlEscape(tekst, StandardCharsets.UTF_8.name());
	}
}
