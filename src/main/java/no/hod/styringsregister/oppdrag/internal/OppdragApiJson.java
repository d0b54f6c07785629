package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The status update's body is read strictly: a field the request does not have is refused (400, naming it) rather
 * than ignored, so a misspelt «statuss» is not taken for a request that changes nothing. Only this body: other JSON
 * the application reads (an import's stored result) still reads past fields it does not know. Nor is a value of the
 * wrong kind bent to fit: a {@code version} of 1.5 was read as 1 (and got a conflict), an {@code expectedDate} of
 * 20000 as the 20 000th day after 1970; both are refused, naming the field.
 */
@Configuration(proxyBeanMethods = false)
class OppdragApiJson implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.configureMessageConverters(converter -> {
			if (converter instanceof JacksonJsonHttpMessageConverter json) {
				JsonMapper streng = json.getMapper().rebuild()
					.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
					.withCoercionConfig(LocalDate.class,
							dato -> dato.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
					.build();
				// Every type the converter reads, so a body it took before is not now refused as the wrong type.
				json.registerMappersForType(OppdragApiController.StatusForesporsel.class,
						mappere -> json.getSupportedMediaTypes().forEach(type -> mappere.put(type, streng)));
			}
		});
	}
}
