package no.hod.styringsregister.oppdrag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.Sitert;
import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.web.Formats;

/**
 * The list page's title, naming the main filters ({@code Oppdrag: Forsinket, Divisjon folkehelse, 2025},
 * {@code Oppdrag: Avdeling i HOD SHA, 2025} or
 * {@code Oppdrag: Pågår eller Forsinket, 2025, uten videreførte}) and the letter, so browser tabs, history and bookmarks of different lists can be
 * told apart. The search words are left out: the title goes
 * into browser history and window lists, where the words someone searched for (perhaps exempt ones) do not belong.
 * Used by the template as {@code @oppdragslistetittel}, for the page and for the results htmx swaps in.
 */
@Component("oppdragslistetittel")
public class Listetittel {

	private final MessageSource tekster;

	private final Formats formats;

	Listetittel(MessageSource tekster, Formats formats) {
		this.tekster = tekster;
		this.formats = formats;
	}

	/**
	 * @param divisjoner the divisions' labels by id, as the filter form shows them
	 * @param brev the letters as the filter form offers them
	 */
	public String av(OppdragFilter filter, List<Etat> etater, Map<Long, String> divisjoner,
			List<OppdragLeser.Brev> brev) {
		List<String> deler = new ArrayList<>();
		String statuser = statuser(filter);
		if (statuser != null) {
			deler.add(statuser);
		}
		if (filter.forfalt()) {
			deler.add(tekst("oppdrag.tittel.forfalte"));
		}
		if (filter.divisjonId() != null && divisjoner.containsKey(filter.divisjonId())) {
			deler.add(divisjoner.get(filter.divisjonId()));
		}
		else if (filter.ikkeRutet()) {
			deler.add(tekst("oppdrag.tittel.ikke-rutet"));
		}
		if (filter.etatId() != null && filter.divisjonId() == null) {
			etater.stream().filter(e -> e.id() == filter.etatId()).findFirst().ifPresent(e -> deler.add(e.navn()));
		}
		if (filter.hodAvdeling() != null) {
			deler.add(tekst("oppdrag.tittel.hod", filter.hodAvdeling()));
		}
		if (filter.aar() != null) {
			deler.add(String.valueOf(filter.aar()));
		}
		if (filter.brevId() != null) {
			brev.stream().filter(b -> b.id() == filter.brevId()).findFirst()
				.ifPresent(b -> deler.add(tekst("oppdrag.brev.verdi", b.aar(), b.etat())));
		}
		if (filter.utenVidereforte()) {
			deler.add(tekst("oppdrag.tittel.uten-videreforte"));
		}
		String oppdrag = tekst("oppdrag.tittel");
		return deler.isEmpty() ? oppdrag : oppdrag + ": " + String.join(", ", deler);
	}

	/**
	 * The line a printed list shows instead of its filter form: what the list is narrowed to ({@link #utvalg}), then,
	 * when the list has more pages than the one printed, which of its rows the paper holds; {@code null} when there is
	 * nothing to say.
	 *
	 * @param side the page printed
	 */
	public String utskrift(OppdragFilter filter, List<Etat> etater, Map<Long, String> divisjoner,
			List<OppdragLeser.Brev> brev, Map<Enhet, List<Enhet>> avdelinger, OppdragLeser.Side side) {
		List<String> setninger = new ArrayList<>();
		String utvalg = utvalg(filter, etater, divisjoner, brev, avdelinger);
		if (utvalg != null) {
			setninger.add(utvalg);
		}
		// «53 oppdrag» above 50 rows: the paper says it holds only a part, and which.
		if (side.sider() > 1 && !side.rader().isEmpty()) {
			long forste = (long) side.side() * side.storrelse() + 1;
			setninger.add(tekst("oppdrag.utskrift.rader", formats.belop(forste),
					formats.belop(forste + side.rader().size() - 1), formats.belop(side.total())));
		}
		return setninger.isEmpty() ? null : String.join(". ", setninger);
	}

	/**
	 * What the list is narrowed to, for the screen (under the heading) and the paper: the title's filters, then every
	 * other choice that narrows the list, by its field's name (department, section, deadlines), then the search
	 * words; {@code null} for the whole list. The words may be said here: the page is not
	 * its title.
	 *
	 * @param brev the letters as the filter form offers them
	 * @param avdelinger the departments as the filter form offers them, by division
	 */
	public String utvalg(OppdragFilter filter, List<Etat> etater, Map<Long, String> divisjoner,
			List<OppdragLeser.Brev> brev, Map<Enhet, List<Enhet>> avdelinger) {
		List<String> setninger = new ArrayList<>();
		String tittel = av(filter, etater, divisjoner, brev);
		if (!tittel.equals(tekst("oppdrag.tittel"))) {
			setninger.add(tittel);
		}
		if (filter.avdelingId() != null) {
			avdelinger.values().stream().flatMap(List::stream).filter(a -> Objects.equals(a.id(), filter.avdelingId()))
				.findFirst().ifPresent(a -> setninger.add(tekst("oppdrag.utskrift.felt", tekst("oppdrag.filter.avdeling"),
						a.navn())));
		}
		if (filter.seksjon() != null) {
			setninger.add(tekst("oppdrag.utskrift.felt", tekst("oppdrag.filter.seksjon"), Sitert.verdi(filter.seksjon())));
		}
		String frister = frister(filter.fristFra(), filter.fristTil());
		if (frister != null) {
			setninger.add(frister);
		}
		if (filter.q() != null) {
			setninger.add(tekst("oppdrag.utskrift.sok", Sitert.utenRetningstegn(filter.q())));
		}
		return setninger.isEmpty() ? null : String.join(". ", setninger);
	}

	private String frister(LocalDate fra, LocalDate til) {
		if (fra != null && til != null) {
			return tekst("oppdrag.utskrift.frist.mellom", formats.dato(fra), formats.dato(til));
		}
		if (fra != null) {
			return tekst("oppdrag.utskrift.frist.fra", formats.dato(fra));
		}
		return til == null ? null : tekst("oppdrag.utskrift.frist.til", formats.dato(til));
	}

	/**
	 * The chosen statuses as the filter form lists them ({@code Pågår eller Forsinket}), for the title and the count
	 * heading; {@code null} when none is chosen (all).
	 */
	public String statuser(OppdragFilter filter) {
		List<String> navn = filter.statuser().stream().distinct().sorted()
			.map(status -> tekst("oppdrag.status." + status.name())).toList();
		if (navn.isEmpty()) {
			return null;
		}
		if (navn.size() == 1) {
			return navn.get(0);
		}
		return tekst("oppdrag.statuser.eller", String.join(", ", navn.subList(0, navn.size() - 1)),
				navn.get(navn.size() - 1));
	}

	private String tekst(String kode, Object... argumenter) {
		return tekster.getMessage(kode, argumenter, Formats.NORSK);
	}
}
