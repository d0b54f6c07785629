package no.hod.styringsregister.oppdrag.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.brukere.CurrentUser;
import no.hod.styringsregister.brukere.CurrentUsers;
import no.hod.styringsregister.brukere.Rolle;
import no.hod.styringsregister.instrukser.InstruksHenvisninger;
import no.hod.styringsregister.instrukser.InstruksPunkt;
import no.hod.styringsregister.instrukser.InstruksQueries;
import no.hod.styringsregister.instrukser.InstruksVersjon;
import no.hod.styringsregister.oppdrag.internal.OppdragSkriving.Hendelsestype;
import no.hod.styringsregister.oppdrag.OppdragSider;

/**
 * Assignments citing sections of their agency's instruction: desk officers and admins add and remove citations, the
 * assignment page lists them, and the instruction's reading view lists them beside each section (through
 * {@link InstruksHenvisninger}, as the viewer's clearance allows).
 */
@Service
@Transactional(readOnly = true)
class Instrukshenvisninger implements InstruksHenvisninger {

	private final JdbcClient jdbc;

	private final InstruksQueries instrukser;

	private final OppdragSkriving skriving;

	private final CurrentUsers brukere;

	Instrukshenvisninger(JdbcClient jdbc, InstruksQueries instrukser, OppdragSkriving skriving, CurrentUsers brukere) {
		this.jdbc = jdbc;
		this.instrukser = instrukser;
		this.skriving = skriving;
		this.brukere = brukere;
	}

	/**
	 * One citation as the assignment page shows it; the instruction's title, its version's name
	 * ({@link InstruksPunkt#instruksEtikett()}) and the section's title are empty if the section has gone from the text.
	 */
	record Sitat(long id, long instruksId, String nummer, String instruksTittel, String instruksEtikett,
			String punktTittel, String lenke) {
	}

	/** An instruction version with its sections, for the form. */
	record Valg(InstruksVersjon versjon, List<InstruksPunkt> punkter) {
	}

	boolean kanSitere(CurrentUser bruker) {
		return bruker.isAdmin() || bruker.is(Rolle.HOD_SAKSBEHANDLER);
	}

	/**
	 * A wholly exempt assignment's citations are hidden from a user without clearance (as the *_offentlig view leaves
	 * them out), so he may neither add nor remove one: either answer would tell him which sections it cites.
	 */
	static boolean skjult(boolean heltUnntatt, CurrentUser bruker) {
		return heltUnntatt && !bruker.klarert();
	}

	/**
	 * What the assignment with the register key cites, in instruction and section order; for a reader without
	 * clearance nothing of a wholly exempt assignment.
	 */
	List<Sitat> sitater(String nokkel, CurrentUser leser) {
		return jdbc.sql("SELECT h.id, h.instruks_id, h.punkt FROM " + henvisningKilde(leser) + " h "
				+ "JOIN oppdrag o ON o.id = h.oppdrag_id WHERE o.nokkel = :nokkel")
			.param("nokkel", nokkel)
			.query((rs, i) -> new Rad(rs.getLong("id"), rs.getLong("instruks_id"), rs.getString("punkt")))
			.list()
			.stream()
			.map(rad -> instrukser.punkt(rad.instruksId(), rad.punkt())
				.map(p -> new Sitat(rad.id(), rad.instruksId(), rad.punkt(), p.instruksTittel(), p.instruksEtikett(),
						p.tittel(), p.lenke()))
				.orElseGet(() -> new Sitat(rad.id(), rad.instruksId(), rad.punkt(), null, null, null,
						"/instrukser/" + rad.instruksId())))
			.sorted(Comparator.comparingLong(Sitat::instruksId).thenComparing(s -> Punktnummer.av(s.nummer())))
			.toList();
	}

	/** The agency's instruction versions (newest first) with their sections, to cite from. */
	List<Valg> valg(long etatId) {
		return instrukser.versjoner(etatId).stream().map(v -> new Valg(v, instrukser.punkter(v.id()))).toList();
	}

	/**
	 * Cites section {@code nummer} of instruction version {@code instruksId}: both null when none was chosen (no
	 * change), either missing or blank when the choice could not be read (refused).
	 */
	@Transactional
	void siter(String oppdrag, Long instruksId, String nummer, CurrentUser bruker) {
		Oppdraget o = oppdraget(oppdrag, bruker);
		if (instruksId == null && nummer == null) {
			// The form sent with no section chosen: nothing to save, and nothing wrong.
			throw new IngenEndring("Ingen henvisning å lagre: velg et punkt i instruksen først.");
		}
		if (instruksId == null || nummer == null || nummer.isBlank()) {
			throw new Avvist("Velg et punkt i instruksen.");
		}
		// Locked against withdrawal till this ends: a withdrawal under way is waited for and then refuses this, and one
		// that comes after waits for this and then finds the citation (else both succeeded, leaving a link to a 404).
		switch (instrukser.laasForSitering(instruksId)) {
			case TRUKKET_TILBAKE -> throw new Avvist("Denne versjonen av instruksen er trukket tilbake.");
			case FINNES_IKKE -> throw new Avvist("Fant ikke instruksen.");
			case JA -> {
			}
		}
		InstruksVersjon versjon = instrukser.versjoner(o.etatId()).stream().filter(v -> v.id() == instruksId.longValue())
			.findFirst()
			.orElseThrow(() -> new Avvist("Instruksen gjelder ikke etaten oppdraget er gitt til."));
		InstruksPunkt punkt = instrukser.punkt(instruksId, nummer)
			.orElseThrow(() -> new Avvist(
					"Instruksen har ikke noe punkt " + Sitert.utenRetningstegn(nummer.strip()) + "."));
		int nye = jdbc.sql("""
				INSERT INTO oppdrag_instrukshenvisning (oppdrag_id, instruks_id, punkt) VALUES (:oppdrag, :instruks, :punkt)
				ON CONFLICT (oppdrag_id, instruks_id, punkt) DO NOTHING""")
			.params(Map.of("oppdrag", o.id(), "instruks", instruksId, "punkt", punkt.nummer()))
			.update();
		if (nye == 0) {
			throw new Avvist("Oppdraget viser allerede til punkt " + punkt.nummer() + " i denne instruksen.");
		}
		skriving.historikk(o.id(), bruker, Hendelsestype.INSTRUKS, "instruks", null, beskrivelse(versjon, punkt.nummer()),
				null, false);
	}

	@Transactional
	void fjern(String oppdrag, long sitatId, CurrentUser bruker) {
		Oppdraget o = oppdraget(oppdrag, bruker);
		Sitat sitat = sitater(o.nokkel(), bruker).stream().filter(s -> s.id() == sitatId).findFirst()
			.orElseThrow(() -> new Avvist("Henvisningen finnes ikke lenger."));
		jdbc.sql("DELETE FROM oppdrag_instrukshenvisning WHERE id = :id").param("id", sitatId).update();
		// Named as when it was added (beskrivelse), so the history tells which version's citation went.
		String tittel = sitat.instruksEtikett() == null ? "instruks " + sitat.instruksId() : sitat.instruksEtikett();
		skriving.historikk(o.id(), bruker, Hendelsestype.INSTRUKS, "instruks", "punkt " + sitat.nummer() + " i "
				+ tittel, null, null, false);
	}

	@Override
	public List<Henvisning> henvisningerTil(long instruksId) {
		// The reading view is open to every signed-in user: titles come from the view their clearance allows.
		CurrentUser leser = brukere.currentIfSignedIn().orElse(null);
		if (leser == null) {
			return List.of();
		}
		String kilde = leser.klarert() ? "oppdrag_full" : "oppdrag_offentlig";
		return jdbc.sql("SELECT h.punkt, o.visnings_id, o.nokkel, o.aar, o.tittel, o.unntak <> 'NONE' AS unntatt FROM "
				+ henvisningKilde(leser) + " h JOIN " + kilde + " o ON o.id = h.oppdrag_id "
				+ "WHERE h.instruks_id = :instruks AND NOT o.fjernet ORDER BY o.aar DESC, o.sort_prefiks, o.sort_nr")
			.param("instruks", instruksId)
			.query((rs, i) -> new Henvisning(rs.getString("punkt"),
					rs.getString("visnings_id") + " (" + rs.getInt("aar") + ") " + rs.getString("tittel"),
					OppdragSider.detalj(rs.getString("visnings_id"), rs.getString("nokkel")), leser.klarert() && rs.getBoolean("unntatt")))
			.list();
	}

	@Override
	public Map<String, Integer> antallPerPunkt(long instruksId) {
		Map<String, Integer> antall = new LinkedHashMap<>();
		jdbc.sql("SELECT h.punkt, count(DISTINCT h.oppdrag_id) AS antall FROM oppdrag_instrukshenvisning h "
				+ "JOIN oppdrag o ON o.id = h.oppdrag_id WHERE h.instruks_id = :instruks AND NOT o.fjernet "
				+ "GROUP BY h.punkt")
			.param("instruks", instruksId)
			.query(rs -> {
				antall.put(rs.getString("punkt"), rs.getInt("antall"));
			});
		return antall;
	}

	private static String henvisningKilde(CurrentUser leser) {
		return leser.klarert() ? "oppdrag_instrukshenvisning_full" : "oppdrag_instrukshenvisning_offentlig";
	}

	private Oppdraget oppdraget(String id, CurrentUser bruker) {
		if (!kanSitere(bruker)) {
			throw new Nektet("Bare saksbehandlere i HOD og administratorer kan vise til instrukser.");
		}
		Oppdraget o = jdbc.sql("""
				SELECT id, nokkel, etat_id, unntak = 'WHOLE' AS hel FROM oppdrag
				WHERE (lower(visnings_id) = lower(:id) OR lower(nokkel) = lower(:id)) AND NOT fjernet
				ORDER BY id LIMIT 1 FOR UPDATE""")
			.param("id", id)
			.query((rs, i) -> new Oppdraget(rs.getLong("id"), rs.getString("nokkel"), rs.getLong("etat_id"),
					rs.getBoolean("hel")))
			.optional()
			.orElseThrow(() -> new IkkeFunnet(id));
		// Before anything the request names is looked at, so the answer is the same whatever the assignment cites.
		if (skjult(o.heltUnntatt(), bruker)) {
			throw new Nektet("Oppdraget er unntatt offentlighet i sin helhet (offl. § 22), og hvilke punkter i "
					+ "instruksen det viser til, vises bare for brukere med klarering. Du har ikke klarering, så du kan "
					+ "ikke legge til eller fjerne henvisninger til instruksen.");
		}
		return o;
	}

	private static String beskrivelse(InstruksVersjon versjon, String nummer) {
		// Named as the version lists name it: two amendments of one instruction share the title and the issue year.
		return "punkt " + nummer + " i " + versjon.etikett();
	}

	private record Rad(long id, long instruksId, String punkt) {
	}

	private record Oppdraget(long id, String nokkel, long etatId, boolean heltUnntatt) {
	}

	/** Section numbers in reading order: 2.10 after 2.9. */
	private record Punktnummer(List<Integer> deler) implements Comparable<Punktnummer> {

		static Punktnummer av(String nummer) {
			return new Punktnummer(Arrays.stream(nummer.split("\\."))
				.map(d -> d.chars().allMatch(Character::isDigit) && !d.isEmpty() ? Integer.parseInt(d) : 0)
				.toList());
		}

		@Override
		public int compareTo(Punktnummer annen) {
			for (int i = 0; i < Math.min(deler.size(), annen.deler.size()); i++) {
				int c = Integer.compare(deler.get(i), annen.deler.get(i));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(deler.size(), annen.deler.size());
		}
	}
}
