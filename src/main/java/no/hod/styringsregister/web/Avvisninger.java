package no.hod.styringsregister.web;

import java.util.List;
import java.util.Map;

/**
 * Every problem a form or a file has, each a sentence in Norwegian, thrown together so the user can fix them all at
 * once. A page puts them in the flash as {@code feilListe} under a heading in {@code feil}; the layout lists them,
 * each problem that concerns one field (in {@code feilLenker}: problem to the field's id) as a link to the field.
 */
public class Avvisninger extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<String> problemer;

	private final Map<String, String> felter;

	public Avvisninger(List<String> problemer) {
		this(problemer, Map.of());
	}

	/** @param felter for a problem that concerns one field of the form, the field's name ({@code oppdrag[3].frister}) */
	public Avvisninger(List<String> problemer, Map<String, String> felter) {
		super(String.join(" ", problemer));
		this.problemer = List.copyOf(problemer);
		this.felter = Map.copyOf(felter);
	}

	public List<String> problemer() {
		return problemer;
	}

	/** Problem to the name of the field it concerns, for those that concern one. */
	public Map<String, String> felter() {
		return felter;
	}
}
