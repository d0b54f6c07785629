package no.hod.styringsregister.rapporteringskalender.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import no.hod.styringsregister.Kontrolltegn;
import no.hod.styringsregister.web.Formats;

/**
 * The timeline as RFC 5545 text. Meetings with a time are timed events in Europe/Oslo (with the zone's definition
 * included); everything else is an all-day event. UIDs come from the timeline, so a client updates instead of
 * duplicating.
 */
final class IcalFeed {

	private IcalFeed() {
	}

	/** RFC 5545 §3.1: a content line is at most 75 octets, not counting the line break. */
	static final int MAKS_OKTETTER = 75;

	/** Dates written out as on the pages. */
	private static final Formats FORMATS = new Formats();

	/** Where a meeting is, as the letters' remarks say it: at someone's, on premises, or online. */
	private static final Pattern STED = Pattern.compile(
			"(?iu)^(hos|på)\\s.+|.*\\b(lokaler|møterom|teams|videomøte|digitalt møte)\\b.*");

	/**
	 * @param base the register's address (scheme, host and context path), which the events' {@code URL}s start with
	 */
	static String skriv(List<Hendelse> hendelser, String base) {
		Calendar kalender = new Calendar();
		kalender.add(new ProdId("-//Helse- og omsorgsdepartementet//Styringsregister//NO"));
		kalender.add(ImmutableVersion.VERSION_2_0);
		kalender.add(ImmutableCalScale.GREGORIAN);
		kalender.add(new XProperty("X-WR-CALNAME", "Rapporteringskalender"));
		kalender.add(new XProperty("X-WR-TIMEZONE", Formats.OSLO.getId()));
		boolean tidfestet = false;
		for (Hendelse hendelse : hendelser) {
			VEvent event = event(hendelse);
			tidfestet |= hendelse.tid() != null;
			event.add(new Uid(hendelse.uid()));
			event.add(new Url(URI.create(base + lenke(hendelse))));
			String sted = sted(hendelse);
			if (sted != null) {
				event.add(new Location(sted));
			}
			String beskrivelse = beskrivelse(hendelse, sted);
			if (!beskrivelse.isEmpty()) {
				event.add(new Description(beskrivelse));
			}
			kalender.add(event);
		}
		if (tidfestet) {
			// The registry defines Oslo by Berlin's rules (a link in the time zone database) under Berlin's TZID; the
			// events name Europe/Oslo, and RFC 5545 wants a VTIMEZONE of that name.
			VTimeZone oslo = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Formats.OSLO.getId())
				.getVTimeZone().copy();
			oslo.replace(new TzId(Formats.OSLO.getId()));
			kalender.add(oslo);
		}
		// The calendar's own text, unfolded: CalendarOutputter folds at 75 characters whatever length it is given (its
		// FoldingWriter caps it), and æøå, «» and – take two or three octets each, so its lines were too long and,
		// folded again by octets, left continuation lines of a few octets.
		return brett(kalender.toString());
	}

	/**
	 * Folds every line longer than {@value #MAKS_OKTETTER} octets in UTF-8, the leading space of a continuation line
	 * counted, and never inside a character (neither its UTF-8 sequence nor a surrogate pair).
	 */
	static String brett(String ical) {
		StringBuilder ut = new StringBuilder(ical.length() + ical.length() / 40);
		for (String linje : ical.split("\r\n", -1)) {
			if (ut.length() > 0) {
				ut.append("\r\n");
			}
			int oktetter = 0;
			for (int i = 0; i < linje.length();) {
				int tegn = linje.codePointAt(i);
				int lengde = new String(Character.toChars(tegn)).getBytes(StandardCharsets.UTF_8).length;
				if (oktetter + lengde > MAKS_OKTETTER) {
					ut.append("\r\n ");
					oktetter = 1;
				}
				ut.appendCodePoint(tegn);
				oktetter += lengde;
				i += Character.charCount(tegn);
			}
		}
		return ut.toString();
	}

	/** The register page the event comes from; an entry made by hand is on the calendar's month. */
	private static String lenke(Hendelse hendelse) {
		if (hendelse.lenke() != null) {
			return hendelse.lenke();
		}
		return "/rapporteringskalender?visning=maned&maned=" + YearMonth.from(hendelse.dato());
	}

	/**
	 * A meeting's place, which the letters give as its remark («Hos Helsedirektoratet»), for the calendar's own
	 * place field; {@code null} for a remark that says something else, or an event that is no meeting.
	 */
	static String sted(Hendelse hendelse) {
		if (hendelse.tid() == null || hendelse.merknad() == null) {
			return null;
		}
		String merknad = Kontrolltegn.fjern(hendelse.merknad()).strip();
		return !merknad.contains("\n") && merknad.length() <= 120 && STED.matcher(merknad).matches() ? merknad
				: null;
	}

	private static VEvent event(Hendelse hendelse) {
		String tittel = Kontrolltegn.fjern(fristPrefiks(hendelse) + hendelse.tittel());
		if (hendelse.tid() == null) {
			return new VEvent(hendelse.dato(), hendelse.dato().plusDays(1), tittel);
		}
		String[] deler = hendelse.tid().split("-");
		ZonedDateTime start = tidspunkt(hendelse.dato(), deler[0]);
		ZonedDateTime slutt = deler.length > 1 ? tidspunkt(hendelse.dato(), deler[1]) : start.plusHours(1);
		return new VEvent(start, slutt.isAfter(start) ? slutt : start.plusHours(1), tittel);
	}

	/**
	 * Which assignment a deadline is of; a new expected date's title names it already. A delayed assignment's deadline
	 * in the letter is marked as the original, so it is not taken for the date that counts.
	 */
	private static String fristPrefiks(Hendelse hendelse) {
		if (hendelse.type() != Hendelse.Type.FRIST || hendelse.nyForventetDato()) {
			return "";
		}
		return (hendelse.forventetDato() != null ? "Opprinnelig frist " : "Frist ") + hendelse.oppdrag() + ": ";
	}

	private static ZonedDateTime tidspunkt(LocalDate dato, String tid) {
		return dato.atTime(LocalTime.parse(tid.strip())).atZone(Formats.OSLO);
	}

	private static String beskrivelse(Hendelse hendelse, String sted) {
		StringBuilder tekst = new StringBuilder();
		if (hendelse.etat() != null) {
			tekst.append(hendelse.etat()).append('\n');
		}
		if (hendelse.merknad() != null && sted == null) {
			tekst.append(hendelse.merknad()).append('\n');
		}
		if (hendelse.nyForventetDato()) {
			tekst.append("Oppdraget er forsinket, og dette er den nye forventede datoen. ").append(
					hendelse.brevetsFrist() == null ? "Tildelingsbrevet ga ingen frist."
							: "Fristen i tildelingsbrevet var " + FORMATS.dato(hendelse.brevetsFrist()) + ".")
				.append('\n');
		}
		else if (hendelse.forventetDato() != null) {
			tekst.append("Oppdraget er forsinket: ny forventet dato ").append(FORMATS.dato(hendelse.forventetDato()))
				.append(".\n");
		}
		if (hendelse.datoAnslatt()) {
			tekst.append("Brevet gir ingen eksakt dato");
			if (hendelse.naarTekst() != null) {
				tekst.append(" («").append(hendelse.naarTekst()).append("»)");
			}
			tekst.append("; datoen er anslått.\n");
		}
		// As on the page, so a day the letter never gave is not read as the letter's. A calendar entry's own words only:
		// deadlines, which may be exempt, are never changed by hand.
		if (hendelse.manueltEndret() && hendelse.endring() != null) {
			tekst.append(hendelse.endring()).append(".\n");
		}
		tekst.append("Kilde: ").append(hendelse.kilder());
		return Kontrolltegn.fjern(tekst.toString());
	}
}
