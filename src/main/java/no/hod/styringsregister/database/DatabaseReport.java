package no.hod.styringsregister.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Says in the log, once at startup, which database server the register uses. */
@Component
@Order(0)
class DatabaseReport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

	private final DataSource dataSource;

	DatabaseReport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			log.info("Database i bruk: {} {} på {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
					meta.getURL());
		}
	}
}
