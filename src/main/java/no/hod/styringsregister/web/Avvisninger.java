package no.hod.styringsregister.web;

import java.util.List;

/**
 * Every problem a form or a file has, each a sentence in Norwegian, thrown together so the user can fix them all at
 * once. A page puts them in the flash as {@code feilListe} under a heading in {@code feil}; the layout lists them.
 */
public class Avvisninger extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<String> problemer;

	public Avvisninger(List<String> problemer) {
		super(String.join(" ", problemer));
		this.problemer = List.copyOf(problemer);
	}

	public List<String> problemer() {
		return problemer;
	}
}
