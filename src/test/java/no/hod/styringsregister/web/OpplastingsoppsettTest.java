package no.hod.styringsregister.web;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class OpplastingsoppsettTest {

	@Test
	void raisingTheFileLimitRaisesTheRequestLimitWithIt() {
		MultipartProperties multipart = new MultipartProperties();
		multipart.setMaxFileSize(DataSize.ofMegabytes(50));

		MultipartConfigElement config = new Opplastingsoppsett().multipartConfigElement(multipart);

		assertThat(config.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(50).toBytes());
		assertThat(config.getMaxRequestSize()).isEqualTo(DataSize.ofMegabytes(51).toBytes());
	}
}
