package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The status update's body is read strictly: a field the request does not have is refused (400, naming it) rather
 * than ignored, so a misspelt «statuss» is not taken for a request that changes nothing. Only this body: other JSON
 * the application reads (an import's stored result) still reads past fields it does not know. Nor is a value of the
 * wrong kind bent to fit: a {@code version} of 1.5 was read as 1 (and got a conflict), one of "3" as 3, an
 * {@code expectedDate} of 20000 as the 20 000th day after 1970 and one of 2027-01-01T00:00 as the day without its
 * time, a {@code note} of true or 123 as that text; each is refused, naming the field.
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
					// Not lenient: a date with a time is refused, not cut to its day (nor "" taken for no date).
					.withConfigOverride(LocalDate.class, dato -> dato.setFormat(JsonFormat.Value.forLeniency(false)))
					.addModule(new SimpleModule().addDeserializer(Long.class, new TallUtenAnforselstegn()))
					.withCoercionConfig(String.class,
							tekst -> tekst.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
								.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
					.build();
				// Every type the converter reads, so a body it took before is not now refused as the wrong type.
				json.registerMappersForType(OppdragApiController.StatusForesporsel.class,
						mappere -> json.getSupportedMediaTypes().forEach(type -> mappere.put(type, streng)));
			}
		});
	}

	/**
	 * A whole number only as a JSON number: Jackson reads "3" as 3. Its own refusal (a coercion set to fail) does not
	 * say which value it refused, so the message could not quote it; this one does, as for any unreadable value.
	 */
	private static final class TallUtenAnforselstegn extends StdDeserializer<Long> {

		private final ValueDeserializer<?> tall = NumberDeserializers.find(Long.class);

		TallUtenAnforselstegn() {
			super(Long.class);
		}

		@Override
		public Long deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.hasToken(JsonToken.VALUE_STRING)) {
				return (Long) ctxt.handleWeirdStringValue(Long.class, p.getString(), "tall i anførselstegn");
			}
			return (Long) tall.deserialize(p, ctxt);
		}
	}
}