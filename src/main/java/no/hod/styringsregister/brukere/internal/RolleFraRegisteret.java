package no.hod.styringsregister.brukere.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import no.hod.styringsregister.brukere.CurrentUser;

/**
 * The session's security context, held to the register: a session keeps the role its user had at sign-in, and every
 * check by role ({@code /admin/**}, {@code @PreAuthorize}) reads it from there. So each request that looks at the
 * context takes the user's role from the register first. A user deactivated since is signed out; a changed role
 * (granted, withdrawn, another) replaces the session's, with a new session id as at any change of privileges. The
 * check costs nothing extra: the same lookup serves the request's pages and services. Requests that never look at
 * the context (static files, the health check) do not load it, as before.
 */
final class RolleFraRegisteret implements SecurityContextRepository {

	private final SecurityContextRepository lager = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final DefaultBrukerService brukere;

	RolleFraRegisteret(DefaultBrukerService brukere) {
		this.brukere = brukere;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext lagret = lager.loadDeferredContext(request);
		return new Gjeldende(() -> gjeldende(lagret, request), lagret);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		lager.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return lager.containsContext(request);
	}

	private SecurityContext gjeldende(DeferredSecurityContext lagret, HttpServletRequest request) {
		SecurityContext context = lagret.get();
		Authentication authentication = context.getAuthentication();
		if (lagret.isGenerated() || !Rolletilgang.innlogget(authentication)) {
			return context;
		}
		Optional<CurrentUser> bruker = brukere.aktiv(authentication.getName());
		HttpSession session = request.getSession(false);
		if (bruker.isEmpty()) {
			if (session != null) {
				session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
				session.setAttribute(DeaktivertEtterPassord.SESJONSMERKE, true);
			}
			return SecurityContextHolder.createEmptyContext();
		}
		Set<String> roller = roller(authentication.getAuthorities().stream());
		Set<String> iRegisteret = bruker.get().rolle() == null ? Set.of() : Set.of(bruker.get().rolle().authority());
		if (roller.equals(iRegisteret)) {
			return context;
		}
		SecurityContext oppdatert = SecurityContextHolder.createEmptyContext();
		oppdatert.setAuthentication(medRoller(authentication, iRegisteret));
		if (session != null) {
			request.changeSessionId();
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, oppdatert);
		}
		return oppdatert;
	}

	private static Set<String> roller(Stream<? extends GrantedAuthority> authorities) {
		return authorities.map(GrantedAuthority::getAuthority)
			.filter(Objects::nonNull)
			.filter(authority -> authority.startsWith("ROLE_"))
			.collect(Collectors.toSet());
	}

	/** The authentication with the register's role in place of the roles it had; other authorities kept. */
	private static Authentication medRoller(Authentication authentication, Set<String> roller) {
		List<GrantedAuthority> authorities = Stream.concat(authentication.getAuthorities().stream()
			.filter(authority -> authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_")),
				roller.stream().map(SimpleGrantedAuthority::new))
			.toList();
		if (authentication instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof RegisterOidcUser oidcUser) {
			return new OAuth2AuthenticationToken(oidcUser.med(authorities), authorities,
					token.getAuthorizedClientRegistrationId());
		}
		return UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
	}

	/** Held to the register once, when first asked for. */
	private static final class Gjeldende implements DeferredSecurityContext {

		private final Supplier<SecurityContext> gjeldende;

		private final DeferredSecurityContext lagret;

		private SecurityContext context;

		Gjeldende(Supplier<SecurityContext> gjeldende, DeferredSecurityContext lagret) {
			this.gjeldende = gjeldende;
			this.lagret = lagret;
		}

		@Override
		public SecurityContext get() {
			if (context == null) {
				context = gjeldende.get();
			}
			return context;
		}

		@Override
		public boolean isGenerated() {
			return lagret.isGenerated() || get().getAuthentication() == null;
		}
	}
}
