package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test fixtures from the classpath: the seed letters and the hand-made expected TSV files. */
final class AppendixFixtures {

	private AppendixFixtures() {
	}

	static List<String> seedLines(String name) {
		return TextLines.normalise(text("/seeds/" + name));
	}

	static String text(String resource) {
		try (InputStream in = AppendixFixtures.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Mangler testressurs " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Rows of a TSV file under /expected/, without comment lines; missing trailing cells are "". */
	static List<String[]> tsv(String name, int columns) {
		List<String[]> rows = new ArrayList<>();
		for (String line : text("/expected/" + name).split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = new String[columns];
			String[] read = line.split("\t", -1);
			for (int i = 0; i < columns; i++) {
				cells[i] = i < read.length ? read[i].strip() : "";
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Counts correct values per field and prints the table. */
	static final class Accuracy {

		private final String title;
		private final Map<String, int[]> fields = new TreeMap<>();

		Accuracy(String title) {
			this.title = title;
		}

		boolean check(String field, boolean correct) {
			int[] counts = fields.computeIfAbsent(field, key -> new int[2]);
			counts[1]++;
			if (correct) {
				counts[0]++;
			}
			return correct;
		}

		int correct(String field) {
			return fields.get(field)[0];
		}

		int total(String field) {
			return fields.get(field)[1];
		}

		void print() {
			System.out.println("Treffsikkerhet " + title);
			fields.forEach((field, counts) -> System.out.printf("  %-22s %3d/%3d  %5.1f %%%n", field, counts[0],
					counts[1], 100.0 * counts[0] / Math.max(1, counts[1])));
		}
	}
}
