package no.hod.styringsregister.oppdrag.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.hod.styringsregister.oppdrag.OppdragImport.Budsjettref;
import no.hod.styringsregister.oppdrag.OppdragImport.OppdragData;
import no.hod.styringsregister.oppdrag.OppdragImport.Tekstdel;
import no.hod.styringsregister.oppdrag.OppdragImport.Unntak;

/**
 * Made-up letters for the benchmark, written with sentences of the real 2020 and 2025 letters (so words occur about as
 * often as in real letters): a tenth with an exempt part, one in fifty wholly exempt. Seeded, so every run makes the
 * same data.
 */
final class OppdragGenerator {

	private static final String[] HOD = { "FHA", "KTA", "SHA", "HRA", "DIG", "ADA", "EHE", "OTA", "PTA" };

	private final Random tilfeldig = new Random(42);

	private final List<String> setninger;

	OppdragGenerator() {
		List<String> alle = new ArrayList<>();
		for (String brev : List.of("tildelingsbrev-helsedirektoratet-2020.txt", "tildelingsbrev-helsedirektoratet-2025.txt")) {
			String tekst = les("/seeds/" + brev).replaceAll("\\s+", " ");
			for (String setning : tekst.split("(?<=[.!?]) ")) {
				String s = setning.strip();
				if (s.length() >= 40 && s.length() <= 400 && s.chars().filter(Character::isLetter).count() > s.length() / 2) {
					alle.add(s);
				}
			}
		}
		setninger = List.copyOf(alle);
	}

	private static String les(String sti) {
		try (InputStream inn = OppdragGenerator.class.getResourceAsStream(sti)) {
			return new String(inn.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One letter's assignments with ids {@code TB<aar>-<forste>} onwards (a second letter of the same year takes
	 * numbers of its own: the import refuses an id another letter owns).
	 */
	List<OppdragData> brev(int aar, int forste, int antall) {
		List<OppdragData> oppdrag = new ArrayList<>(antall);
		for (int i = 1; i <= antall; i++) {
			int art = tilfeldig.nextInt(50);
			Unntak unntak = art == 0 ? Unntak.WHOLE : art < 5 ? Unntak.PARTS : Unntak.NONE;
			List<Tekstdel> deler = new ArrayList<>();
			int antallDeler = 1 + tilfeldig.nextInt(4);
			for (int d = 0; d < antallDeler; d++) {
				deler.add(new Tekstdel(setning() + " " + setning(), unntak == Unntak.WHOLE
						|| (unntak == Unntak.PARTS && d == antallDeler - 1)));
			}
			List<LocalDate> frister = tilfeldig.nextInt(5) == 0 ? List.of()
					: List.of(LocalDate.of(aar, 1 + tilfeldig.nextInt(12), 1 + tilfeldig.nextInt(28)));
			String goal = String.valueOf(1 + tilfeldig.nextInt(5));
			String tittel = setning();
			tittel = tittel.substring(0, Math.min(tittel.length(), 40 + tilfeldig.nextInt(60))).strip();
			oppdrag.add(new OppdragData("TB" + aar + "-" + (forste + i - 1), goal + "." + (1 + tilfeldig.nextInt(6)),
					"Mål " + goal,
					List.of(HOD[tilfeldig.nextInt(HOD.length)]), tittel, deler, frister,
					frister.isEmpty() ? "Løpende" : null, unntak,
					i > 1 && tilfeldig.nextInt(10) == 0
							? List.of("TB" + aar + "-" + (forste + tilfeldig.nextInt(i - 1)))
							: List.of(),
					tilfeldig.nextInt(3) == 0 ? List.of(new Budsjettref(700 + tilfeldig.nextInt(90), 21)) : List.of()));
		}
		return oppdrag;
	}

	private String setning() {
		return setninger.get(tilfeldig.nextInt(setninger.size()));
	}
}
