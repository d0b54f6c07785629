package no.hod.styringsregister.tildelingsbrev.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.bevilgninger.BevilgningImport.BevilgningData;
import no.hod.styringsregister.tildelingsbrev.internal.parsing.BudgetLineDraft;

/**
 * Budget lines the review asks the admin to check against the letter, as they stand after the corrections: a name
 * that ends as if the reading joined it with the next cell of the table («kommunal helse-71», the amount's first
 * digits, or a bare hyphen), and an amount that is ten times or a tenth of last year's or further from it, which
 * a figure read in part (211 for 71 211) is. Last year is the register's lines for the post, summed over its rows;
 * where the register has none, the letter's own column for last year, line by line.
 */
final class Budsjettkontroll {

	/** An order of magnitude: an appropriation rarely grows or shrinks that much from one year to the next. */
	static final long FAKTOR = 10;

	/** A name ending in a hyphen, as if the rest of it were left out. */
	private static final Pattern AVKUTTET_NAVN = Pattern.compile("\\p{L}-$");

	/**
	 * A name ending in a word glued by a hyphen to one to three digits ({@code helse-71}): the first digit group of the
	 * amount, when what is left as the amount is one group of three ({@code 211}). «Covid-19» before an amount of
	 * 150 000 is not.
	 */
	private static final Pattern SIFRE_I_NAVNET = Pattern.compile("\\p{L}-(\\d{1,3})$");

	private Budsjettkontroll() {
	}

	/**
	 * @param linjer the draft's lines, those taken out included (left out by position)
	 * @param uttatt the positions of the lines taken out
	 * @param aar the letter's year
	 * @param iFjor the register's lines for the year before, for the same agency
	 * @param belop how an amount is written ({@code 71 211})
	 */
	static List<String> advarsler(List<BudgetLineDraft> linjer, Set<Integer> uttatt, Integer aar,
			List<BevilgningData> iFjor, LongFunction<String> belop) {
		List<String> advarsler = new ArrayList<>();
		Map<List<Integer>, Long> summer = new LinkedHashMap<>();
		Map<List<Integer>, String> navn = new LinkedHashMap<>();
		for (int i = 0; i < linjer.size(); i++) {
			BudgetLineDraft b = linjer.get(i);
			if (uttatt.contains(i)) {
				continue;
			}
			String nummer = nummer(b.chapter(), b.post());
			String navnet = b.name() == null ? "" : b.name().strip();
			Matcher sifre = SIFRE_I_NAVNET.matcher(navnet);
			if (sifre.find() && b.amount() != null && b.amount() >= 100 && b.amount() < 1000) {
				String helt = sifre.group(1) + " " + belop.apply(b.amount());
				advarsler.add("Budsjettlinje " + nummer + " " + Sitert.verdi(navnet) + ": navnet slutter på sifrene «"
						+ sifre.group(1) + "», og beløpet " + belop.apply(b.amount()) + " kan være resten av " + helt
						+ ". Sjekk navn og beløp mot brevet.");
			}
			else if (AVKUTTET_NAVN.matcher(navnet).find()) {
				advarsler.add("Budsjettlinje " + nummer + " " + Sitert.verdi(navnet)
						+ ": navnet slutter med bindestrek, som om "
						+ "resten av det mangler. Sjekk navnet mot brevet.");
			}
			List<Integer> post = List.of(b.chapter(), b.post());
			if (b.amount() != null) {
				summer.merge(post, b.amount(), Long::sum);
			}
			navn.putIfAbsent(post, b.name());
		}
		if (aar == null) {
			return advarsler;
		}
		Map<List<Integer>, Long> registeret = new LinkedHashMap<>();
		for (BevilgningData d : iFjor) {
			if (d.belop() != null) {
				registeret.merge(List.of(d.kapittel(), d.post()), d.belop(), Long::sum);
			}
		}
		summer.forEach((post, sum) -> {
			Long forrige = registeret.get(post);
			if (forrige != null && langtFra(sum, forrige)) {
				advarsler.add(avvik(nummer(post.get(0), post.get(1)), navn.get(post), belop.apply(sum),
						belop.apply(forrige), sum > forrige, "for " + (aar - 1) + " i registeret"));
			}
		});
		for (int i = 0; i < linjer.size(); i++) {
			BudgetLineDraft b = linjer.get(i);
			boolean iRegisteret = registeret.containsKey(List.of(b.chapter(), b.post()));
			if (!uttatt.contains(i) && !iRegisteret && b.amount() != null && b.previousYearAmount() != null
					&& langtFra(b.amount(), b.previousYearAmount())) {
				advarsler.add(avvik(nummer(b.chapter(), b.post()), b.name(), belop.apply(b.amount()),
						belop.apply(b.previousYearAmount()), b.amount() > b.previousYearAmount(),
						"for " + (aar - 1) + " i brevet"));
			}
		}
		return advarsler;
	}

	/** Ten times as much or more, or a tenth or less; a line with nothing on either side says nothing. */
	static boolean langtFra(long belop, long forrige) {
		if (belop <= 0 || forrige <= 0) {
			return false;
		}
		return belop >= forrige * FAKTOR || forrige >= belop * FAKTOR;
	}

	private static String avvik(String nummer, String navn, String belop, String forrige, boolean stoerre,
			String hvor) {
		return "Budsjettlinje " + nummer + (navn == null ? "" : " " + Sitert.verdi(navn)) + ": beløpet " + belop
				+ " er "
				+ (stoerre ? "ti ganger så stort eller mer enn" : "en tidel eller mindre av") + " beløpet " + hvor
				+ " (" + forrige + "). Sjekk beløpet mot brevet.";
	}

	/** {@code 701.60}, as the letters write a chapter and post. */
	private static String nummer(int kapittel, int post) {
		return kapittel + "." + (post < 10 ? "0" + post : String.valueOf(post));
	}
}
