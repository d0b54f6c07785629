package no.hod.styringsregister.oppdrag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.hod.styringsregister.testsupport.IntegrationTest;
import no.hod.styringsregister.testsupport.TestDocuments;
import no.hod.styringsregister.tildelingsbrev.TildelingsbrevImport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two hundred concurrent status updates to the same three assignments: each is applied or refused with the conflict
 * answer, nothing else; every applied change has its history row and the history ends in the final state.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ConcurrentStatusUpdateTests {

	private static final List<String> IDS = List.of("TB2035-1", "TB2035-2", "TB2035-3");

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TildelingsbrevImport letters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyUpdateIsAppliedOrRefusedAndTheHistoryMatchesTheFinalState() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			letters.importFile("tb2035.txt", TestDocuments.resource("/letters/tildelingsbrev-full-2026.txt")
				.replace("2026", "2035").getBytes(StandardCharsets.UTF_8), "admin");
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String id = IDS.get(i % IDS.size());
				answers.add(pool.submit(() -> {
					String current = mvc.perform(get("/api/oppdrag/" + id).with(user("admin").roles("ADMIN")))
						.andReturn().getResponse().getContentAsString();
					long version = number(VERSION, current);
					String next = text(STATUS, current).equals("PAAGAAR") ? "IKKE_STARTET" : "PAAGAAR";
					MvcResult result = mvc.perform(post("/api/oppdrag/" + id + "/status").with(user("admin").roles("ADMIN"))
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"status\": \"" + next + "\", \"version\": " + version + "}"))
						.andReturn();
					int status = result.getResponse().getStatus();
					if (status == 200) {
						applied.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
					}
					else if (status == 409) {
						refused.incrementAndGet();
					}
					return status;
				}));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).as("every update is applied (200) or refused as a conflict (409)").isIn(200, 409);
			}
		}
		finally {
			pool.shutdown();
		}

		int total = refused.get();
		for (String id : IDS) {
			int ok = applied.getOrDefault(id, new AtomicInteger()).get();
			total += ok;
			long oppdragId = jdbc.sql("SELECT id FROM oppdrag WHERE offisiell_id = ?").param(id).query(Long.class).single();
			List<String> history = jdbc.sql("SELECT til FROM oppdrag_historikk WHERE oppdrag_id = ? AND felt = 'status' "
					+ "ORDER BY id").param(oppdragId).query(String.class).list();
			assertThat(history).as("one history row per applied change of %s", id).hasSize(ok);
			String finalStatus = jdbc.sql("SELECT status FROM oppdrag WHERE id = ?").param(oppdragId)
				.query(String.class).single();
			if (ok > 0) {
				assertThat(history.get(history.size() - 1)).isEqualTo(finalStatus);
			}
			// Toggling means the applied changes alternate: no update was lost between two that were applied.
			for (int i = 1; i < history.size(); i++) {
				assertThat(history.get(i)).isNotEqualTo(history.get(i - 1));
			}
		}
		assertThat(total).isEqualTo(200);
		assertThat(applied.values().stream().mapToInt(AtomicInteger::get).sum()).isPositive();
	}

	private static long number(Pattern pattern, String json) {
		Matcher m = pattern.matcher(json);
		assertThat(m.find()).as("%s in %s", pattern, json).isTrue();
		return Long.parseLong(m.group(1));
	}

	private static String text(Pattern pattern, String json) {
		Matcher m = pattern.matcher(json);
		assertThat(m.find()).as("%s in %s", pattern, json).isTrue();
		return m.group(1);
	}
}
