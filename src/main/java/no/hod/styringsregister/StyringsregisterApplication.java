package no.hod.styringsregister;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StyringsregisterApplication {

	public static void main(String[] args) {
		SpringApplication.run(StyringsregisterApplication.class, args);
	}
}
