package no.hod.styringsregister.database;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the binaries on the class path when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} and {@code java -jar} work on a machine with only a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${styringsregister.database.data-dir:./data/postgres}") String dataDir)
			throws IOException {
		Path directory = Path.of(dataDir).toAbsolutePath().normalize();
		LeftoverServer.stopIfRunning(directory);
		log.info("Starter innebygd PostgreSQL med data i {}", directory);
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// zonky turns these off for throwaway test databases; this one holds data people keep.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
			log.info("Database: innebygd PostgreSQL på 127.0.0.1:{}, data i {}", postgres.getPort(), directory);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			if (String.valueOf(ex.getMessage()).contains("cannot be run as root")
					|| String.valueOf(ex.getCause()).contains("cannot be run as root")) {
				log.error("PostgreSQL nekter å kjøre som root, og brukernavnerom (unshare -U) er ikke tilgjengelig her. "
						+ "Start registeret som en vanlig bruker, eller pek spring.datasource.url mot en PostgreSQL-server.");
			}
			throw ex;
		}
	}

	/** The pool takes {@code spring.datasource.hikari.*} as it does on a server (pool size, how long a request waits). */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("styringsregister");
		return dataSource;
	}
}
