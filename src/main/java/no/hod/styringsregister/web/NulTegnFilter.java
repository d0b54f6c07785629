package no.hod.styringsregister.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A parameter with the NUL character (%00) is refused with a 400 before anything reads it: PostgreSQL cannot store or
 * compare text with it, and a search, a filter or a form with one failed with a 500. A form that refuses it itself
 * ({@link EgenNulKontroll}) is let through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NulTegnFilter extends OncePerRequestFilter {

	static final String MELDING = "Teksten inneholder et tegn som ikke er tillatt (NUL-tegnet).";

	private final List<EgenNulKontroll> egne;

	NulTegnFilter(List<EgenNulKontroll> egne) {
		this.egne = egne;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Uploads are left to the import, which reads the file and refuses what it cannot read; parsing them here
		// would also move the upload limit's 413 ahead of its handler.
		String type = request.getContentType();
		boolean nul = (type == null || !type.startsWith("multipart/")) && request.getParameterMap().values().stream()
			.flatMap(Arrays::stream)
			.anyMatch(verdi -> verdi != null && verdi.indexOf('\u0000') >= 0);
		if (!nul || egne.stream().anyMatch(egen -> egen.gjelder(request))) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentType("application/json");
			response.getWriter().write("{\"error\": \"" + MELDING + "\"}");
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, MELDING);
	}
}
