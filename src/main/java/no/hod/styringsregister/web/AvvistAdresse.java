package no.hod.styringsregister.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * An API address Spring Security's firewall refuses ({@code ;}, {@code //}, {@code %25}, an encoded {@code ..}): 400
 * in the API's shape, saying what is wrong with the address, as for one Tomcat refuses ({@link Tomcatfeilsider}).
 * Through the error dispatch it got only «Ugyldig forespørsel». A page's address goes on to the error page as before.
 */
@Component
class AvvistAdresse implements RequestRejectedHandler {

	private static final RequestRejectedHandler SIDE = new HttpStatusRequestRejectedHandler();

	private final byte[] svar;

	AvvistAdresse(MessageSource tekster) {
		this.svar = ApiAdresser.feilsvar(tekster.getMessage("feil.400.adresse.api", null, Formats.NORSK));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException, ServletException {
		if (!ApiAdresser.gjelder(request)) {
			SIDE.handle(request, response, ex);
			return;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(svar);
	}
}
