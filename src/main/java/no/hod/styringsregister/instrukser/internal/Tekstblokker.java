package no.hod.styringsregister.instrukser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A section's stored text as the reading view shows it: paragraphs (separated by a blank line) and lists (lines
 * starting with {@code - }). Plain data, so the template escapes every word itself.
 */
final class Tekstblokker {

	private Tekstblokker() {
	}

	/** A paragraph when {@code punkter} is empty, else a list. */
	record Blokk(String tekst, List<String> punkter) {

		public boolean liste() {
			return !punkter.isEmpty();
		}
	}

	static List<Blokk> av(String tekst) {
		List<Blokk> blokker = new ArrayList<>();
		if (tekst == null || tekst.isBlank()) {
			return blokker;
		}
		for (String avsnitt : tekst.split("\n\\s*\n")) {
			StringBuilder prosa = new StringBuilder();
			List<String> punkter = new ArrayList<>();
			for (String linje : avsnitt.split("\n")) {
				String line = linje.strip();
				if (line.startsWith("- ")) {
					if (!prosa.isEmpty()) {
						blokker.add(new Blokk(prosa.toString(), List.of()));
						prosa.setLength(0);
					}
					punkter.add(line.substring(2).strip());
				}
				else if (!line.isEmpty()) {
					if (!punkter.isEmpty()) {
						blokker.add(new Blokk(null, List.copyOf(punkter)));
						punkter.clear();
					}
					prosa.append(prosa.isEmpty() ? "" : " ").append(line);
				}
			}
			if (!prosa.isEmpty()) {
				blokker.add(new Blokk(prosa.toString(), List.of()));
			}
			if (!punkter.isEmpty()) {
				blokker.add(new Blokk(null, List.copyOf(punkter)));
			}
		}
		return blokker;
	}

	/** The anchor of a section in the reading view: {@code 3.1} → {@code punkt-3-1}. */
	static String anker(String nummer) {
		return "punkt-" + nummer.replace('.', '-');
	}

	/** How deep a section sits: {@code 3} is 1, {@code 3.1} is 2. */
	static int niva(String nummer) {
		return nummer.split("\\.").length;
	}
}
