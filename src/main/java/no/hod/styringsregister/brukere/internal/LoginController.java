package no.hod.styringsregister.brukere.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LoginAttempts attempts;

	private final List<Leverandor> leverandorer;

	private final boolean passwordLogin;

	LoginController(LoginAttempts attempts, ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
			@Value("${styringsregister.login.passord-innlogging:true}") boolean passwordLogin) {
		this.attempts = attempts;
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
		model.addAttribute("sesjonDeaktivert", DeaktivertEtterPassord.sesjonensBrukerDeaktivert(request));
		model.addAttribute("sperreMinutter", attempts.lockDuration().toMinutes());
		model.addAttribute("adressesperreMinutter", attempts.addressLockDuration().toMinutes());
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

	record Leverandor(String navn, String adresse) {
	}
}
