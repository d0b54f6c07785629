package no.hod.styringsregister.oppdrag.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The status update's body is read strictly: a field the request does not have is refused (400, naming it) rather
 * than ignored, so a misspelt «statuss» is not taken for a request that changes nothing. Only this body: other JSON
 * the application reads (an import's stored result) still reads past fields it does not know.
 */
@Configuration(proxyBeanMethods = false)
class OppdragApiJson implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.configureMessageConverters(converter -> {
			if (converter instanceof JacksonJsonHttpMessageConverter json) {
				JsonMapper streng = json.getMapper().rebuild()
					.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.build();
				// Every type the converter reads, so a body it took before is not now refused as the wrong type.
				json.registerMappersForType(OppdragApiController.StatusForesporsel.class,
						mappere -> json.getSupportedMediaTypes().forEach(type -> mappere.put(type, streng)));
			}
		});
	}
}
