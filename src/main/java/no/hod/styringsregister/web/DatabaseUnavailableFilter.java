package no.hod.styringsregister.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database is gone, every request answers 503 with a plain "try again" page (or JSON for the API) instead of
 * a 500, and the connection pool reconnects by itself once the database is back: no restart needed. Sits in front of
 * everything, security included, since even the session and login lookups need the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Prøv igjen om litt – Styringsregister</title><link rel="stylesheet" href="/css/styringsregister.css"></head>
			<body><main id="innhold"><h1>Registeret er midlertidig utilgjengelig</h1>
			<p>Registeret får ikke kontakt med databasen akkurat nå. Ingenting av det du har lagret er tapt.</p>
			<p>Prøv igjen om litt: <a href="">last siden på nytt</a>.</p></main></body></html>
			""";

	private final DataSource dataSource;

	DatabaseUnavailableFilter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The error page needs the database too (layout, signed-in user), so guard that dispatch as well. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!(databaseUnavailable(ex) || (touchesDatabase(ex) && !databaseAnswers())) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Databasen er utilgjengelig: {} {} ble besvart med 503", request.getMethod(), request.getRequestURI());
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "10");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setContentType("application/json");
				response.getWriter().write("{\"error\": \"Registeret får ikke kontakt med databasen. Prøv igjen om litt.\"}");
			}
			else {
				response.setContentType("text/html");
				response.getWriter().write(PAGE);
			}
		}
	}

	/** An exception from the data layer may come from a connection that died; ask the database itself. */
	private boolean databaseAnswers() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean touchesDatabase(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof SQLException || t instanceof DataAccessException || t instanceof TransactionException
					|| t instanceof PersistenceException) {
				return true;
			}
		}
		return false;
	}

	static boolean databaseUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof java.net.ConnectException
					|| (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
