package no.hod.styringsregister.tildelingsbrev.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assignment ids and budget lines an assignment's text cites. */
final class References {

	/** {@code TB2023-30}, {@code TTB2024-66}; also the odd {@code TB-2023-73}. */
	private static final Pattern ID = Pattern.compile("\\b(T?TB)-?(\\d{4})-(\\d{1,3})\\b");

	/**
	 * {@code kap. 714, post 21}, {@code kap. 760 post 21}, {@code kap. 701, post 21 og 70}; also {@code Kap.} at a
	 * sentence's start, a full stop for the comma ({@code kap. 714. post 21}) and the word repeated before a further
	 * post ({@code kap. 702 post 21 og post 70}). A number followed by {@code mill.} or {@code prosent} is an
	 * amount, not a further post ({@code kap. 732, post 21 og 10 mill. kroner}).
	 */
	private static final Pattern CHAPTER_POST = Pattern.compile(
			"\\bkap(?:\\.|ittel)\\s*(\\d{3,4})\\s*[,.]?\\s*(?:post|poster|postene)\\s*(\\d{2})(?!\\d)"
					+ "((?:\\s*(?:,|og)\\s*(?:post\\s*)?\\d{2}(?!\\d|,\\d|\\s*(?:mill|mrd|prosent|pst|%)))*)",
			Pattern.CASE_INSENSITIVE);

	/** {@code 714.21}; the look-arounds keep dates such as {@code 1.10.25} out. */
	private static final Pattern DOTTED = Pattern.compile("(?<![\\d.,])(\\d{3,4})\\.(\\d{2})(?![\\d]|\\.\\d|,\\d)");

	private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

	private References() {
	}

	/** Normalised ids ({@code TB2023-73}) in the order written, without duplicates and without {@code self}. */
	static List<String> assignmentIds(String text, String self) {
		List<String> ids = new ArrayList<>();
		Matcher m = ID.matcher(text);
		while (m.find()) {
			String id = m.group(1) + m.group(2) + "-" + m.group(3);
			if (!id.equals(self) && !ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Normalises an id as written in a header ({@code TB-2023-73} becomes {@code TB2023-73}). */
	static String normaliseId(String id) {
		Matcher m = ID.matcher(id);
		return m.find() ? m.group(1) + m.group(2) + "-" + m.group(3) : id;
	}

	static List<AssignmentDraft.BudgetRef> budgetLines(String text) {
		List<int[]> found = new ArrayList<>();
		Matcher m = CHAPTER_POST.matcher(text);
		while (m.find()) {
			int chapter = Integer.parseInt(m.group(1));
			found.add(new int[] { m.start(), chapter, Integer.parseInt(m.group(2)) });
			Matcher more = TWO_DIGITS.matcher(m.group(3));
			while (more.find()) {
				found.add(new int[] { m.start(), chapter, Integer.parseInt(more.group()) });
			}
		}
		Matcher d = DOTTED.matcher(text);
		while (d.find()) {
			found.add(new int[] { d.start(), Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)) });
		}
		found.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<AssignmentDraft.BudgetRef> refs = new ArrayList<>();
		for (int[] f : found) {
			AssignmentDraft.BudgetRef ref = new AssignmentDraft.BudgetRef(f[1], f[2]);
			if (!refs.contains(ref)) {
				refs.add(ref);
			}
		}
		return refs;
	}
}
