package no.hod.styringsregister.demo;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Demo mode follows {@code styringsregister.demo} when set; otherwise it is on exactly when the register runs on its
 * embedded database (no {@code spring.datasource.url}).
 */
final class DemoMode {

	private DemoMode() {
	}

	static boolean enabled(Environment environment) {
		String demo = environment.getProperty("styringsregister.demo");
		if (StringUtils.hasText(demo)) {
			return Boolean.parseBoolean(demo.trim());
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}
}
