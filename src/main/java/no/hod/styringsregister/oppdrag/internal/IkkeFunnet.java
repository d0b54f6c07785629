package no.hod.styringsregister.oppdrag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class IkkeFunnet extends RuntimeException {

	IkkeFunnet(String id) {
		super("Fant ikke oppdrag " + id + ".");
	}
}
