package no.hod.styringsregister.brukere.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;

/**
 * Where a user without a role lands. The session's authorities were fixed at sign-in, so once an admin has granted a
 * role, the next visit here (or the next refused request, which is forwarded here) takes the role from the register
 * into the session and sends the user on, without signing in again.
 */
@Controller
class VenterController {

	private final CurrentUsers currentUsers;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	VenterController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@RequestMapping("/venter")
	String venter(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		boolean nektet = request.getAttribute(VenterPaRolleHandler.NEKTET) != null;
		Optional<CurrentUser> bruker = currentUsers.currentIfSignedIn();
		if (bruker.isEmpty()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "error/403";
		}
		if (bruker.get().rolle() == null) {
			if (nektet) {
				response.setStatus(HttpStatus.FORBIDDEN.value());
			}
			return "venter";
		}
		if (!Rolletilgang.harRolle(authentication)) {
			oppfrisk(authentication, new SimpleGrantedAuthority(bruker.get().rolle().authority()), request, response);
		}
		return "redirect:" + tilbake(request, nektet);
	}

	/** The role granted since sign-in into the session; a new session id as for any change of privileges. */
	private void oppfrisk(Authentication authentication, GrantedAuthority rolle, HttpServletRequest request,
			HttpServletResponse response) {
		List<GrantedAuthority> authorities = Stream.concat(authentication.getAuthorities().stream()
			.filter(authority -> authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_")),
				Stream.of(rolle))
			.toList();
		Authentication oppfrisket;
		if (authentication instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof RegisterOidcUser oidcUser) {
			oppfrisket = new OAuth2AuthenticationToken(oidcUser.med(authorities), authorities,
					token.getAuthorizedClientRegistrationId());
		}
		else {
			oppfrisket = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
					authorities);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(oppfrisket);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		contexts.saveContext(context, request, response);
	}

	/** Back to the refused page when it was a GET (same site, path only), else the start page. */
	private static String tilbake(HttpServletRequest request, boolean nektet) {
		Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		if (!nektet || !(uri instanceof String sti) || !"GET".equals(request.getMethod())) {
			return "/";
		}
		String path = sti.substring(request.getContextPath().length());
		if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/venter")) {
			return "/";
		}
		Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		return query == null ? path : path + "?" + query;
	}
}
