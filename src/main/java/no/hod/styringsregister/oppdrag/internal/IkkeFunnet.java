package no.hod.styringsregister.oppdrag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import no.hod.styringsregister.Sitert;

@ResponseStatus(HttpStatus.NOT_FOUND)
class IkkeFunnet extends RuntimeException {

	IkkeFunnet(String id) {
		super("Fant ikke oppdrag " + Sitert.utenRetningstegn(id) + ".");
	}
}
