package no.hod.styringsregister.oppdrag.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.OppdragFilter;
import no.hod.styringsregister.organisasjon.Etat;
import no.hod.styringsregister.web.Formats;

/**
 * The list page's title, naming the main filters ({@code Oppdrag: Forsinket, Divisjon folkehelse, 2025}), so browser
 * tabs, history and bookmarks of different lists can be told apart. The search words are left out: the title goes
 * into browser history and window lists, where the words someone searched for (perhaps exempt ones) do not belong.
 * Used by the template as {@code @oppdragslistetittel}, for the page and for the results htmx swaps in.
 */
@Component("oppdragslistetittel")
public class Listetittel {

	private final MessageSource tekster;

	Listetittel(MessageSource tekster) {
		this.tekster = tekster;
	}

	/**
	 * @param divisjoner the divisions' labels by id, as the filter form shows them
	 */
	public String av(OppdragFilter filter, List<Etat> etater, Map<Long, String> divisjoner) {
		List<String> deler = new ArrayList<>();
		if (filter.statuser().size() == 1) {
			deler.add(tekst("oppdrag.status." + filter.statuser().get(0).name()));
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
		if (filter.aar() != null) {
			deler.add(String.valueOf(filter.aar()));
		}
		String oppdrag = tekst("oppdrag.tittel");
		return deler.isEmpty() ? oppdrag : oppdrag + ": " + String.join(", ", deler);
	}

	private String tekst(String kode, Object... argumenter) {
		return tekster.getMessage(kode, argumenter, Formats.NORSK);
	}
}
