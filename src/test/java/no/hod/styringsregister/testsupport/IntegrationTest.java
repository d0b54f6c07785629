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
 * first admin is {@code admin} with the password {@link #ADMIN_PASSWORD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "styringsregister.demo=false",
		"styringsregister.admin.password=" + IntegrationTest.ADMIN_PASSWORD })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {

	String ADMIN_PASSWORD = "test-admin-passord";

	@AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
