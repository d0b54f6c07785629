package no.hod.styringsregister.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The addresses only a form posts to, as the controllers map them, for tests that open them in the browser. */
public final class Skjemaadresser {

	private Skjemaadresser() {
	}

	/**
	 * The addresses under {@code prefiks} that answer POST alone, each path variable as 1. A form's address that is
	 * also a page's (a user's page and its «Lagre») is left out.
	 */
	public static List<String> postAlene(RequestMappingHandlerMapping adresser, String prefiks) {
		Map<Boolean, List<String>> bareMedPost = adresser.getHandlerMethods().keySet().stream()
			.flatMap(info -> info.getPatternValues().stream()
				.filter(sti -> sti.startsWith(prefiks))
				.map(sti -> Map.entry(info.getMethodsCondition().getMethods().equals(Set.of(RequestMethod.POST)),
						sti.replaceAll("\\{[^}]+}", "1"))))
			.collect(Collectors.partitioningBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return bareMedPost.get(true).stream().filter(sti -> !bareMedPost.get(false).contains(sti)).distinct().toList();
	}
}
