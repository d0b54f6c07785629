package no.hod.styringsregister.instrukser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import no.hod.styringsregister.instrukser.internal.parsing.SectionDraft;

/**
 * Compares two versions section by section. Sections are paired by number and title, then by title alone (a section
 * that was renumbered), then by number alone (a section that was retitled); the rest were added or removed. The result
 * follows the newer version's order, with each removed section placed where it stood in the older one.
 */
final class Sammenligning {

	enum Type {
		LAGT_TIL, FJERNET, ENDRET, UENDRET
	}

	/**
	 * One section's fate. {@code html} is the text with word-level {@code <del>}/{@code <ins>} marks, already escaped.
	 */
	record Punktendring(Type type, String gammeltNummer, String nyttNummer, String gammelTittel, String nyTittel,
			String html) {

		public String nummer() {
			return nyttNummer != null ? nyttNummer : gammeltNummer;
		}

		public String tittel() {
			return nyTittel != null ? nyTittel : gammelTittel;
		}

		public boolean omnummerert() {
			return gammeltNummer != null && nyttNummer != null && !gammeltNummer.equals(nyttNummer);
		}

		public boolean omdopt() {
			return gammelTittel != null && nyTittel != null && !gammelTittel.equals(nyTittel);
		}
	}

	private Sammenligning() {
	}

	static List<Punktendring> sammenlign(List<SectionDraft> gamle, List<SectionDraft> nye) {
		int[] pairOfNew = new int[nye.size()];
		java.util.Arrays.fill(pairOfNew, -1);
		boolean[] oldTaken = new boolean[gamle.size()];
		pair(gamle, nye, pairOfNew, oldTaken, s -> s.number() + "\t" + key(s.title()));
		pair(gamle, nye, pairOfNew, oldTaken, s -> key(s.title()));
		pair(gamle, nye, pairOfNew, oldTaken, SectionDraft::number);

		List<Punktendring> result = new ArrayList<>();
		int nextOld = 0;
		for (int j = 0; j < nye.size(); j++) {
			int i = pairOfNew[j];
			if (i >= 0) {
				for (; nextOld < i; nextOld++) {
					if (!oldTaken[nextOld]) {
						result.add(removed(gamle.get(nextOld)));
					}
				}
				nextOld = Math.max(nextOld, i + 1);
				result.add(changed(gamle.get(i), nye.get(j)));
			}
			else {
				SectionDraft added = nye.get(j);
				result.add(new Punktendring(Type.LAGT_TIL, null, added.number(), null, added.title(),
						"<ins>" + OrdDiff.escape(added.text()) + "</ins>"));
			}
		}
		for (; nextOld < gamle.size(); nextOld++) {
			if (!oldTaken[nextOld]) {
				result.add(removed(gamle.get(nextOld)));
			}
		}
		return result;
	}

	private interface Key {
		String of(SectionDraft section);
	}

	private static void pair(List<SectionDraft> gamle, List<SectionDraft> nye, int[] pairOfNew, boolean[] oldTaken,
			Key key) {
		Map<String, List<Integer>> free = new HashMap<>();
		for (int i = 0; i < gamle.size(); i++) {
			if (!oldTaken[i]) {
				free.computeIfAbsent(key.of(gamle.get(i)), k -> new ArrayList<>()).add(i);
			}
		}
		for (int j = 0; j < nye.size(); j++) {
			if (pairOfNew[j] >= 0) {
				continue;
			}
			List<Integer> candidates = free.get(key.of(nye.get(j)));
			if (candidates != null && !candidates.isEmpty()) {
				int i = candidates.remove(0);
				pairOfNew[j] = i;
				oldTaken[i] = true;
			}
		}
	}

	private static Punktendring removed(SectionDraft section) {
		return new Punktendring(Type.FJERNET, section.number(), null, section.title(), null,
				"<del>" + OrdDiff.escape(section.text()) + "</del>");
	}

	private static Punktendring changed(SectionDraft before, SectionDraft after) {
		boolean same = before.text().equals(after.text()) && before.title().equals(after.title())
				&& Objects.equals(before.number(), after.number());
		String html = before.text().equals(after.text()) ? OrdDiff.escape(after.text())
				: OrdDiff.html(before.text(), after.text());
		return new Punktendring(same ? Type.UENDRET : Type.ENDRET, before.number(), after.number(), before.title(),
				after.title(), html);
	}

	private static String key(String title) {
		return title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
