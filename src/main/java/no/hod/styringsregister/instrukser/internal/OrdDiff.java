package no.hod.styringsregister.instrukser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference of two texts as HTML: removed words in {@code <del>}, added words in {@code <ins>}, everything
 * escaped. Words are compared without the whitespace after them, so a re-wrapped line is no change.
 */
final class OrdDiff {

	/** A word with the whitespace after it. */
	private static final Pattern TOKEN = Pattern.compile("(\\S+)(\\s*)");

	/** Above this many cells the table would be too large; the changed middle then shows as one removal and addition. */
	private static final long MAX_CELLS = 4_000_000L;

	private enum Op {
		SAME, DEL, INS
	}

	private record Token(String word, String space) {
		String text() {
			return word + space;
		}
	}

	private record Step(Op op, Token token) {
	}

	private OrdDiff() {
	}

	static String html(String before, String after) {
		List<Token> a = tokens(before);
		List<Token> b = tokens(after);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).word().equals(b.get(prefix).word())) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).word().equals(b.get(b.size() - 1 - suffix).word())) {
			suffix++;
		}
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < prefix; i++) {
			steps.add(new Step(Op.SAME, b.get(i)));
		}
		steps.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
		for (int i = b.size() - suffix; i < b.size(); i++) {
			steps.add(new Step(Op.SAME, b.get(i)));
		}
		return render(steps);
	}

	/** Escapes text for HTML. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(new Token(m.group(1), m.group(2)));
		}
		return tokens;
	}

	/** The longest common subsequence of the words, walked from the start. */
	private static List<Step> middle(List<Token> a, List<Token> b) {
		List<Step> steps = new ArrayList<>();
		int n = a.size();
		int m = b.size();
		if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
			a.forEach(token -> steps.add(new Step(Op.DEL, token)));
			b.forEach(token -> steps.add(new Step(Op.INS, token)));
			return steps;
		}
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).word().equals(b.get(j).word()) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).word().equals(b.get(j).word())) {
				steps.add(new Step(Op.SAME, b.get(j)));
				i++;
				j++;
			}
			else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
				steps.add(new Step(Op.DEL, a.get(i++)));
			}
			else {
				steps.add(new Step(Op.INS, b.get(j++)));
			}
		}
		return steps;
	}

	/** Runs of removed and added words become one element each, removals first; the trailing space stays outside. */
	private static String render(List<Step> steps) {
		StringBuilder html = new StringBuilder();
		int k = 0;
		while (k < steps.size()) {
			if (steps.get(k).op() == Op.SAME) {
				html.append(escape(steps.get(k).token().text()));
				k++;
				continue;
			}
			StringBuilder removed = new StringBuilder();
			StringBuilder added = new StringBuilder();
			String space = "";
			while (k < steps.size() && steps.get(k).op() != Op.SAME) {
				Step step = steps.get(k++);
				StringBuilder target = step.op() == Op.DEL ? removed : added;
				target.append(step.token().text());
				space = step.token().space();
			}
			if (!removed.isEmpty()) {
				html.append("<del>").append(escape(removed.toString().stripTrailing())).append("</del>");
			}
			if (!added.isEmpty()) {
				html.append(removed.isEmpty() ? "" : " ").append("<ins>").append(escape(added.toString().stripTrailing()))
					.append("</ins>");
			}
			html.append(escape(space));
		}
		return html.toString();
	}
}
