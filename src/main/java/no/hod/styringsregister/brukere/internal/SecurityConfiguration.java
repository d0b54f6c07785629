package no.hod.styringsregister.brukere.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Who may reach which address. These are the coarse rules; each service checks its own finer rules (division,
 * clearance) again on the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String UTLOGGET = "/login?utlogget";

	private static final String IKKE_INNLOGGET = "Logg inn først. API-et svarer bare i en innlogget økt: send øktens "
			+ "informasjonskapsel (SESSION) med hver forespørsel, og logg inn på nytt når økten er utløpt.";

	/** No inline script or style anywhere: every asset is served by the app itself. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts attempts, DefaultBrukerService brukere,
			ObjectProvider<ClientRegistrationRepository> oidcRegistrations, OidcBrukere oidcBrukere,
			@Value("${styringsregister.login.passord-innlogging:true}") boolean passwordLogin) throws Exception {
		ClientRegistrationRepository oidc = oidcRegistrations.getIfAvailable();
		if (!passwordLogin && oidc == null) {
			throw new IllegalStateException("Innlogging med passord er slått av (styringsregister.login."
					+ "passord-innlogging=false), men ingen OpenID Connect-leverandør er satt opp: ingen kan logge inn.");
		}
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/api/rapporteringskalender/ical/*").permitAll()
			// A script's token for the login form, before it has a session (see CsrfApiController).
			.requestMatchers(HttpMethod.GET, CsrfApiController.STI).permitAll()
			// The page that asks before signing out, for anyone signed in, with a role or not (see LoginController).
			.requestMatchers(HttpMethod.GET, "/logout").permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("ADMIN")
			// Signed in without a role (first sign-on through the identity provider): the waiting page only.
			.requestMatchers("/venter")
			.authenticated()
			.anyRequest()
			.access(Rolletilgang.MED_ROLLE))
			.securityContext(context -> context.securityContextRepository(new RolleFraRegisteret(brukere)))
			.logout(logout -> logout.logoutSuccessHandler(utlogget(oidc)).permitAll())
			.requestCache(cache -> cache.requestCache(sidevisninger()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(new UtloptOkt(new VenterPaRolleHandler())))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		if (passwordLogin) {
			http.formLogin(login -> login.loginPage("/login").failureHandler((request, response, exception) -> {
				// The failure that locks the name says so at once, not «try again» (unknown names are counted and
				// locked alike, so this tells nothing of which names exist).
				boolean laastNaa = exception instanceof BadCredentialsException
						&& attempts.recordFailure(request.getParameter("username"), request.getRemoteAddr());
				// Every failure counts for the address, a locked or deactivated name too: each is a try from there.
				attempts.recordAddressFailure(request.getRemoteAddr());
				String reason = laastNaa || exception instanceof LockedException ? "sperret"
						: Objects.requireNonNullElse(DeaktivertEtterPassord.grunn(exception), "feil");
				behold(request, response);
				response.sendRedirect(request.getContextPath() + "/login?" + reason);
			}).successHandler(successHandler(attempts)).permitAll());
			http.addFilterBefore(new AdressesperreFilter(attempts), UsernamePasswordAuthenticationFilter.class);
		}
		if (oidc != null) {
			http.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(oidc)
				// Only the sign-in is needed, not the provider's tokens afterwards: keep none of them.
				.authorizedClientRepository(new IngenKlienttokens())
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RegisterOidcUserService(oidcBrukere)))
				.successHandler(successHandler(attempts))
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + "/login?" + oidcFeil(exception))));
		}
		return http.build();
	}

	/**
	 * Keeps the user name typed for the login page after a refused login, so it need not be typed again: in the
	 * session's flash (for that page only, once), never in the address, where logs would keep it. Never the password.
	 */
	private static void behold(HttpServletRequest request, HttpServletResponse response) {
		String brukernavn = request.getParameter("username");
		if (brukernavn != null) {
			FlashMap flash = new FlashMap();
			flash.put(LoginController.BRUKERNAVN, brukernavn);
			flash.setTargetRequestPath(request.getContextPath() + "/login");
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		}
	}

	/**
	 * After logging out, the login page. A user who signed on through the identity provider is signed out there too
	 * first (the provider's end-session address, if it has one): else the next click on "Logg inn med ..." would let
	 * them, or the next person at the same computer, straight back in without asking.
	 */
	private static LogoutSuccessHandler utlogget(ClientRegistrationRepository oidc) {
		if (oidc == null) {
			SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
			handler.setDefaultTargetUrl(UTLOGGET);
			return handler;
		}
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(oidc);
		handler.setPostLogoutRedirectUri("{baseUrl}" + UTLOGGET);
		handler.setDefaultTargetUrl(UTLOGGET);
		return handler;
	}

	/** Which message the login page shows after a refused sign-on through the identity provider. */
	private static String oidcFeil(AuthenticationException exception) {
		String kode = exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode() : "";
		return switch (kode) {
			case OidcBrukere.DEAKTIVERT -> "deaktivert";
			case OidcBrukere.ANNEN_IDENTITET -> "oidc-annen-identitet";
			case OidcBrukere.UBRUKELIG_BRUKERNAVN -> "oidc-brukernavn";
			default -> {
				// The provider refused, or the setup is wrong (client secret, redirect address, clock): tell the log.
				log.warn("Innlogging gjennom OpenID Connect mislyktes: {}", exception.getMessage());
				yield "oidc-feil";
			}
		};
	}

	/** Users without a role go to the waiting page; the others where they were going, else the start page. */
	private static AuthenticationSuccessHandler successHandler(LoginAttempts attempts) {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			attempts.recordSuccess(authentication.getName());
			if (!Rolletilgang.harRolle(authentication)) {
				response.sendRedirect(request.getContextPath() + "/venter");
				return;
			}
			target.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * The address to come back to after logging in: a page the browser was about to show, never a stylesheet, script
	 * or image refused before logging in, nor the API (answered, not sent to log in). A stray fetch (axe-core once
	 * guessed stylesheet addresses on the login page) would take the place of the page the user was on, and the login
	 * would lead to it. Browsers say what a request is for (Sec-Fetch-Dest); one that does not is taken at its word.
	 * Nor the results htmx asks for, which are no page: its page is kept instead (TilInnlogging).
	 */
	private static RequestCache sidevisninger() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		// Back to the address as it was: without this, Spring Security adds «continue» to it (to look in the session
		// only then), and the address bar keeps showing it.
		cache.setMatchingRequestParameterName(null);
		cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(pathPattern("/api/**")), request -> {
					String formal = request.getHeader("Sec-Fetch-Dest");
					return (formal == null || formal.equals("document")) && !TilInnlogging.htmx(request);
				}));
		return cache;
	}

	/**
	 * The API answers 401 with the reason in its error shape (a script has no login page to be sent to); everything
	 * else sends the browser to the login page (TilInnlogging).
	 * <p>
	 * A 401 must carry a challenge (RFC 9110, 11.6.1). No registered scheme fits a signed-in session, so it is the
	 * «Cookie» scheme of draft-broyer-http-cookie-auth, made for this case (the body tells how to sign in): its
	 * parameters name the login and the session cookie, as the body does in words.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		AuthenticationEntryPoint api = (request, response, exception) -> {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Cookie realm=\"Styringsregister\", form-action=\""
					+ request.getContextPath() + "/login\", cookie-name=\"SESSION\"");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"error\": \"" + IKKE_INNLOGGET + "\"}");
		};
		return DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor(api, pathPattern("/api/**"))
			.defaultEntryPoint(new TilInnlogging())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
