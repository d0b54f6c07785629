package no.hod.styringsregister.bevilgninger.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.web.Formats;

/**
 * What the page, the export and the API show for one agency and year. Amounts in 1 000 NOK.
 *
 * @param kapittel the chapter filter, or {@code null} for all chapters
 * @param sammenligning whether any line has a previous-year amount, so the comparison columns are worth showing
 */
record Bevilgningsoversikt(Etat etat, int aar, Integer kapittel, List<Kapittel> utgifter, List<Kapittel> inntekter,
		List<Fullmakt> fullmakter, boolean sammenligning, List<Departementsramme> andreDepartementer) {

	/** The ministry's own chapters, those its sums add up. */
	public List<Kapittel> kapitler() {
		return Stream.concat(utgifter.stream(), inntekter.stream()).toList();
	}

	/** Whether there are no lines to show, the ministry's own or other ministries'. */
	public boolean tom() {
		return kapitler().isEmpty() && andreDepartementer.isEmpty();
	}

	/** Every chapter shown, the ministry's own and other ministries', by number: what the chapter filter offers. */
	public List<Integer> kapittelnumre() {
		return Stream.concat(kapitler().stream(), andreDepartementer.stream().flatMap(d -> d.kapitler().stream()))
			.map(Kapittel::nummer).sorted().toList();
	}

	/**
	 * The chapters the letter lists under another ministry's frame («4 Øvrige økonomiske rammer»): the agency
	 * administers them for that ministry, so they are shown on their own and left out of the ministry's sums.
	 */
	public record Departementsramme(String departement, List<Kapittel> kapitler) {

		/** The lines of all the ministry's chapters, in chapter order. */
		public List<Linje> linjer() {
			return kapitler.stream().flatMap(k -> k.linjer().stream()).toList();
		}
	}

	public Totalsum utgiftsum() {
		return Totalsum.av(utgifter);
	}

	public Totalsum inntektsum() {
		return Totalsum.av(inntekter);
	}

	/** How many posts of all the chapters are left out of the change: the totals' change adds up the chapters'. */
	public int utenforEndring() {
		return kapitler().stream().mapToInt(Kapittel::utenforEndring).sum();
	}

	/**
	 * A row that sets this year against last year: a line, a post's or a chapter's sum, a total. Its change in per
	 * cent is of the amount the change counts from, so that the per cent and the change column agree.
	 */
	public interface Sammenlignet {

		/** This year's amount minus last year's, {@code null} where one of them is missing. */
		Long endring();

		/** Last year's amount of what {@link #endring()} counts. */
		Long endringGrunnlag();

		/** Change in per cent with one decimal; {@code null} without a change, or from 0, which no per cent is of. */
		default BigDecimal endringProsent() {
			Long endring = endring();
			Long grunnlag = endringGrunnlag();
			if (endring == null || grunnlag == null || grunnlag == 0) {
				return null;
			}
			return BigDecimal.valueOf(endring).multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(grunnlag), 1, RoundingMode.HALF_UP);
		}

		/**
		 * The change as a share of what it counts from, unrounded: a workbook's percent cell, which Excel sums and
		 * compares as the page's rounded per cent could not be. {@code null} where {@link #endringProsent()} is.
		 */
		default Double endringAndel() {
			Long endring = endring();
			Long grunnlag = endringGrunnlag();
			return endring == null || grunnlag == null || grunnlag == 0 ? null : (double) endring / grunnlag;
		}

		/**
		 * Whether the change leaves out posts the row's sums count (an amount in one of the years only): then the
		 * change is not this year's sum minus last year's, and must say what it is of.
		 */
		default boolean endringDelvis() {
			return false;
		}

		/** {@code 33,0 %}, with the minus sign (−) like the amounts; empty without a comparison. */
		default String endringProsentTekst() {
			BigDecimal prosent = endringProsent();
			return prosent == null ? "" : prosent.toPlainString().replace('.', ',').replace('-', Formats.MINUS) + " %";
		}
	}

	/**
	 * @param nr which row of the post, from 1, where the letter splits a post into several rows
	 * @param forrigeAar the letter's previous-year column, else the line of the previous year's import, else null
	 * @param oppdragMedTittel the assignments that cite the line or that its comment names, with their titles, as the
	 * viewer may see them
	 * @param departement the other ministry whose frame the line is in, {@code null} for the ministry's own
	 * @param belopsendringer how new versions of the letter changed the line's amount, oldest first; empty for a line
	 * whose amount is as the letter first gave it
	 */
	public record Linje(int kapittel, int post, int nr, String navn, Long belop, Long forrigeAar, boolean inntekt, String kommentar,
			List<Tittelnevninger.Tittel> oppdragMedTittel, String departement, List<Belopsendring> belopsendringer)
			implements Sammenlignet {

		/** The assignments' shown ids, as the API and the exports list them. */
		public List<String> oppdrag() {
			return oppdragMedTittel.stream().map(Tittelnevninger.Tittel::id).toList();
		}

		@Override
		public Long endring() {
			return belop == null || forrigeAar == null ? null : belop - forrigeAar;
		}

		@Override
		public Long endringGrunnlag() {
			return forrigeAar;
		}

		public String type() {
			return inntekt ? "INCOME" : "EXPENSE";
		}
	}

	/**
	 * A change of a line's amount by a new version of its letter ({@code brevId}), on the day of that import (Oslo).
	 * Amounts in 1 000 kr, {@code null} where the letter printed none. Budget lines carry no exemption: nothing here
	 * is more than the letter's import history shows every reader.
	 */
	public record Belopsendring(Long fra, Long til, OffsetDateTime endret, long brevId) {

		/** The day of the import, in Oslo, as the pages write dates. */
		public LocalDate dato() {
			return endret.atZoneSameInstant(Formats.OSLO).toLocalDate();
		}
	}

	/**
	 * @param sumForrigeAar last year's sum over all the chapter's lines, posts this year's letter no longer gives
	 * included, whether or not each line could be paired with one of last year's
	 * @param endring the change summed over the posts with an amount in both years, {@code null} where there is none:
	 * sum minus sumForrigeAar would count a post without last year's amount (or without this year's) as all new
	 * (or all gone) money
	 * @param utenforEndring how many posts have an amount in one of the years only, and so are left out of the change
	 */
	public record Kapittel(int nummer, boolean inntekt, List<Postgruppe> poster, long sum, Long sumForrigeAar,
			Long endring, int utenforEndring) implements Sammenlignet {

		public List<Linje> linjer() {
			return poster.stream().flatMap(post -> post.linjer().stream()).toList();
		}

		/** Last year's sum of the posts the change counts, not of those left out of it. */
		@Override
		public Long endringGrunnlag() {
			return poster.stream().filter(Postgruppe::sammenlignbar).map(Postgruppe::sumForrigeAar)
				.reduce(Long::sum).orElse(null);
		}

		@Override
		public boolean endringDelvis() {
			return endring != null && utenforEndring > 0;
		}
	}

	/**
	 * The rows of one post. Its sums are compared whole, so a post split into several rows compares right even where
	 * a row has no one row of last year to set against it.
	 */
	public record Postgruppe(int post, List<Linje> linjer, long sum, Long sumForrigeAar) implements Sammenlignet {

		/** Whether the post has rows of its own to sum: a post of one row is its own sum. */
		public boolean delt() {
			return linjer.size() > 1;
		}

		/** Whether the letter gives an amount for any of the post's rows this year. */
		public boolean harBelop() {
			return linjer.stream().anyMatch(linje -> linje.belop() != null);
		}

		/** Both years have an amount: a post without one of them is not counted as a change from or to nothing. */
		public boolean sammenlignbar() {
			return sumForrigeAar != null && harBelop();
		}

		@Override
		public Long endring() {
			return sammenlignbar() ? sum - sumForrigeAar : null;
		}

		@Override
		public Long endringGrunnlag() {
			return sumForrigeAar;
		}

		/** {@code 701.21}, as the lines write it. */
		public String nummer() {
			return linjer.get(0).kapittel() + "." + postnummer(post);
		}
	}

	/** {@code 01}: the budget writes posts with two digits. */
	public static String postnummer(int post) {
		return post < 10 ? "0" + post : String.valueOf(post);
	}

	/**
	 * The chapters of one kind added up, as their sum rows say: last year's sum of what this year's chapters held
	 * last year, the change and its per cent over the posts with an amount both years.
	 */
	public record Totalsum(long sum, Long sumForrigeAar, Long endring, Long endringGrunnlag, int utenforEndring)
			implements Sammenlignet {

		static Totalsum av(List<Kapittel> kapitler) {
			return new Totalsum(kapitler.stream().mapToLong(Kapittel::sum).sum(),
					sumAv(kapitler.stream().map(Kapittel::sumForrigeAar)),
					sumAv(kapitler.stream().map(Kapittel::endring)),
					sumAv(kapitler.stream().map(Kapittel::endringGrunnlag)),
					kapitler.stream().mapToInt(Kapittel::utenforEndring).sum());
		}

		@Override
		public boolean endringDelvis() {
			return endring != null && utenforEndring > 0;
		}

		/** {@code null} when no chapter has one, as a chapter without last year's amounts says nothing of them. */
		private static Long sumAv(Stream<Long> belop) {
			return belop.filter(Objects::nonNull).reduce(Long::sum).orElse(null);
		}
	}

	public record Fullmakt(String type, String tekst) {
	}
}
