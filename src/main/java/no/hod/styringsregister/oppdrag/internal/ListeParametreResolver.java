package no.hod.styringsregister.oppdrag.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import no.hod.styringsregister.oppdrag.OppdragFilter;

/**
 * Gives a handler method's {@link ListeParametre} argument from the request's query (see ListeParametre.fra), with a
 * page size from 1 to {@link OppdragFilter#STORSTE_STORRELSE}.
 */
@Configuration(proxyBeanMethods = false)
class ListeParametreResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ListeParametre.class;
	}

	@Override
	public ListeParametre resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		ListeParametre parametre = ListeParametre.fra(request.getParameterMap());
		// A page size the list does not offer was quietly made 50 or 500: refused like a page that is not there.
		Integer size = parametre.size();
		if (size != null && (size < 1 || size > OppdragFilter.STORSTE_STORRELSE)) {
			throw new Avvist("Antall per side må være fra 1 til " + OppdragFilter.STORSTE_STORRELSE + ", ikke «" + size
					+ "».", "size");
		}
		return parametre;
	}
}
