package no.hod.styringsregister.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request Tomcat refuses before it reaches the application (an address with {@code %2F}, {@code %5C}
 * or {@code %00} in it, raw non-ASCII bytes in the query): a page in Norwegian in the register's voice, instead of
 * Tomcat's English «HTTP Status 400 – Bad Request» with its report; under {@code /api/} the API's
 * {@code {"error": "…"}}, as every answer there is JSON (but for a request line Tomcat cannot read at all, which has no
 * address to tell). The application's own error pages are not touched: Tomcat's
 * error report valve only answers a response that has no body yet.
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
		// The valve sends an error page only from a file: these are written once, from the message texts.
		Path mappe = midlertidigMappe();
		Path ugyldig = skriv(mappe, "400.html", "feil.400.tittel", "feil.400.adresse");
		Path annen = skriv(mappe, "feil.html", "feil.generell.tittel", "feil.generell.tekst");
		byte[] ugyldigJson = ApiAdresser.feilsvar(tekst("feil.400.adresse.api"));
		byte[] annenJson = ApiAdresser.feilsvar(tekst("feil.generell.tittel"));
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			Pipeline pipeline = host.getPipeline();
			// One report valve, this one, in place of any put there before.
			Arrays.stream(pipeline.getValves()).filter(ErrorReportValve.class::isInstance).forEach(pipeline::removeValve);
			Rapport valve = new Rapport(context.getPath(), ugyldigJson, annenJson);
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			valve.setProperty("errorCode.400", ugyldig.toString());
			valve.setProperty("errorCode.0", annen.toString());
			pipeline.addValve(valve);
			if (host instanceof StandardHost standard) {
				// Else the host, finding no valve of the class it expects, adds a plain one at start.
				standard.setErrorReportValveClass(Rapport.class.getName());
			}
		});
	}

	/** The pages from their files; an API address the API's shape, with the same conditions Tomcat's report has. */
	static final class Rapport extends ErrorReportValve {

		private final String kontekst;

		private final byte[] ugyldig;

		private final byte[] annen;

		Rapport(String kontekst, byte[] ugyldig, byte[] annen) {
			this.kontekst = kontekst;
			this.ugyldig = ugyldig;
			this.annen = annen;
		}

		@Override
		protected void report(Request request, Response response, Throwable feil) {
			String adresse = request.getRequestURI();
			if (adresse == null || !ApiAdresser.gjelder(kontekst, adresse)) {
				super.report(request, response, feil);
				return;
			}
			if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean kanSkrive = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, kanSkrive);
			if (!kanSkrive.get()) {
				return;
			}
			byte[] svar = response.getStatus() == HttpServletResponse.SC_BAD_REQUEST ? ugyldig : annen;
			try {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setContentLength(svar.length);
				response.getOutputStream().write(svar);
			}
			catch (IOException ex) {
				// The client is gone, as in Tomcat's own report: nothing left to answer.
			}
		}
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

	private Path skriv(Path mappe, String fil, String tittel, String tekst) {
		Path sti = mappe.resolve(fil);
		try {
			Files.writeString(sti, side(tittel, tekst), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		sti.toFile().deleteOnExit();
		return sti.toAbsolutePath();
	}

	private static Path midlertidigMappe() {
		try {
			Path mappe = Files.createTempDirectory("styringsregister-feilsider");
			mappe.toFile().deleteOnExit();
			return mappe;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String tekst(String nokkel) {
		return tekster.getMessage(nokkel, null, Formats.NORSK);
	}

	private static String html(String tekst) {
		return HtmlUtils.htmlEscape(tekst, StandardCharsets.UTF_8.name());
	}
}
