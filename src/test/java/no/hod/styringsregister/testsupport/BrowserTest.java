package no.hod.styringsregister.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, in demo mode (the demo users with the password {@code demo}), on a fresh
 * real PostgreSQL database. Use with {@link BrowserTestSupport}. The browser signs in from 127.0.0.1 in every test,
 * so the limit of failed logins per address is lifted, as for {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "styringsregister.demo=true", IntegrationTest.ADRESSEGRENSE })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface BrowserTest {
}
