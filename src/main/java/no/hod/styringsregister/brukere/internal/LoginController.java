package no.hod.styringsregister.brukere.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** The flash attribute the failure handler keeps the user name typed in (SecurityConfiguration). */
	static final String BRUKERNAVN = "brukernavn";

	/** The identity provider's refusals (SecurityConfiguration.oidcFeil) to their messages. */
	private static final Map<String, String> OIDC_FEIL = Map.of("oidc-annen-identitet", "login.oidc.annen-identitet",
			"oidc-brukernavn", "login.oidc.brukernavn", "oidc-feil", "login.oidc.feil");

	private final LoginAttempts attempts;

	private final MessageSource messages;

	private final List<Leverandor> leverandorer;

	private final boolean passwordLogin;

	LoginController(LoginAttempts attempts, MessageSource messages, ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
			@Value("${styringsregister.login.passord-innlogging:true}") boolean passwordLogin) {
		this.attempts = attempts;
		this.messages = messages;
		this.leverandorer = leverandorer(oidcRegistrations.getIfAvailable());
		this.passwordLogin = passwordLogin;
	}

	/** A button per configured provider (Boot's repository of registrations can be walked through). */
	private static List<Leverandor> leverandorer(ClientRegistrationRepository registrations) {
		List<Leverandor> leverandorer = new ArrayList<>();
		if (registrations instanceof Iterable<?> alle) {
			for (Object registration : alle) {
				if (registration instanceof ClientRegistration r) {
					leverandorer.add(new Leverandor(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
				}
			}
		}
		return List.copyOf(leverandorer);
	}

	@GetMapping("/login")
	String login(Model model, HttpServletRequest request) {
		String feil = feil(request);
		if (feil != null) {
			// feilISkjema: the page shows it itself (by the fields); the layout still marks the title.
			model.addAttribute("feil", feil);
			model.addAttribute("feilISkjema", true);
		}
		// Only a wrong name or password is about what was typed; a lock or a deactivated user is not.
		model.addAttribute("feilIFeltene", request.getParameter("feil") != null);
		model.addAttribute("leverandorer", leverandorer);
		model.addAttribute("passordInnlogging", passwordLogin);
		return "login";
	}

	/**
	 * {@code /logout} opened as a page (typed, or a bookmark): signing out is a POST with the CSRF token, so a link or
	 * another site cannot sign anyone out; the page asks, with that form. Someone not signed in has nothing to sign out
	 * of and goes to the start page.
	 */
	@GetMapping("/logout")
	String loggUt(Authentication innlogget) {
		return innlogget == null || innlogget instanceof AnonymousAuthenticationToken || !innlogget.isAuthenticated()
				? "redirect:/" : "logg-ut";
	}

	/** Why the last login was refused, as the failure handlers tell it by the address; null if it was not. */
	private String feil(HttpServletRequest request) {
		if (request.getParameter("feil") != null) {
			return text("login.feil");
		}
		if (request.getParameter("sperret") != null) {
			return text("login.sperret", attempts.lockDuration().toMinutes());
		}
		if (request.getParameter("sperret-adresse") != null) {
			return text("login.sperret-adresse", attempts.addressLockDuration().toMinutes());
		}
		if (request.getParameter(DeaktivertEtterPassord.PARAMETER) != null
				|| DeaktivertEtterPassord.sesjonensBrukerDeaktivert(request)) {
			return text("login.deaktivert");
		}
		return OIDC_FEIL.entrySet().stream().filter(e -> request.getParameter(e.getKey()) != null)
			.map(e -> text(e.getValue())).findFirst().orElse(null);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	record Leverandor(String navn, String adresse) {
	}
}
