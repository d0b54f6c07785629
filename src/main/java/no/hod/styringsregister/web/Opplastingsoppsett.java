package no.hod.styringsregister.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A request carries the file and a few form fields: it may be 1 MB larger than the file. Derived rather than set
 * beside the file's limit, so raising {@code styringsregister.import.max-file-size} is enough to take larger files.
 */
@Configuration(proxyBeanMethods = false)
class Opplastingsoppsett {

	static final DataSize SKJEMAETS_FELT = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart) {
		MultipartConfigFactory fabrikk = new MultipartConfigFactory();
		fabrikk.setLocation(multipart.getLocation());
		fabrikk.setFileSizeThreshold(multipart.getFileSizeThreshold());
		fabrikk.setMaxFileSize(multipart.getMaxFileSize());
		fabrikk.setMaxRequestSize(DataSize.ofBytes(multipart.getMaxFileSize().toBytes() + SKJEMAETS_FELT.toBytes()));
		return fabrikk.createMultipartConfig();
	}
}
