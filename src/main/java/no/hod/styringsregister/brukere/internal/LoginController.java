package no.hod.styringsregister.brukere.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

	record Leverandor(String navn, String adresse) {
	}
}
