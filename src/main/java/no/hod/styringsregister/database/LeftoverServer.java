package no.hod.styringsregister.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL child running, and the next start would fail on the
 * data directory's {@code postmaster.pid}. Finds such a server and stops it.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	private LeftoverServer() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> server = pidOf(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
			.filter(LeftoverServer::isPostgres);
		if (server.isEmpty()) {
			// PostgreSQL itself ignores a pid file whose process is gone.
			return;
		}
		ProcessHandle process = server.get();
		log.warn("Fant en PostgreSQL-server (pid {}) fra en tidligere kjøring som ikke ble avsluttet. Stopper den.",
				process.pid());
		// SIGINT would be "fast shutdown", but ProcessHandle only offers SIGTERM ("smart") and SIGKILL; with its
		// clients dead, smart shutdown completes at once.
		process.destroy();
		if (!waitForExit(process, Duration.ofSeconds(20))) {
			process.destroyForcibly();
			waitForExit(process, Duration.ofSeconds(10));
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> pidOf(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}
}
