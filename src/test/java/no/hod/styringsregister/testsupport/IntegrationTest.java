package no.hod.styringsregister.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL database of its own (see {@link TestDatabase}). Demo mode is off; the
 * first admin is {@code admin} with the password {@link #ADMIN_PASSWORD}. Every test signs in from one address
 * (127.0.0.1), and the failed logins of the many test classes sharing the context would soon lock it: the limit per
 * address is lifted here ({@link #ADRESSEGRENSE}); the tests of that limit set it back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "styringsregister.demo=false",
		"styringsregister.admin.password=" + IntegrationTest.ADMIN_PASSWORD, IntegrationTest.ADRESSEGRENSE })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {

	String ADMIN_PASSWORD = "test-admin-passord";

	/** Failed logins from one address before it is locked, far more than the whole suite makes. */
	String ADRESSEGRENSE = "styringsregister.login.address.max-attempts=1000000";

	@AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
