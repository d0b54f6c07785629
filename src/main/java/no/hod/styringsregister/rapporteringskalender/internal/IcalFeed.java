package no.hod.styringsregister.rapporteringskalender.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import no.hod.styringsregister.web.Formats;
import no.hod.styringsregister.web.Kontrolltegn;

/**
 * The timeline as RFC 5545 text. Meetings with a time are timed events in Europe/Oslo (with the zone's definition
 * included); everything else is an all-day event. UIDs come from the timeline, so a client updates instead of
 * duplicating.
 */
final class IcalFeed {

	private IcalFeed() {
	}

	static String skriv(List<Hendelse> hendelser) {
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
			String beskrivelse = beskrivelse(hendelse);
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
		StringWriter tekst = new StringWriter();
		try {
			new CalendarOutputter(false).output(kalender, tekst);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tekst.toString();
	}

	private static VEvent event(Hendelse hendelse) {
		String tittel = Kontrolltegn.fjern((hendelse.type() == Hendelse.Type.FRIST ? "Frist " + hendelse.oppdrag() + ": "
				: "") + hendelse.tittel());
		if (hendelse.tid() == null) {
			return new VEvent(hendelse.dato(), hendelse.dato().plusDays(1), tittel);
		}
		String[] deler = hendelse.tid().split("-");
		ZonedDateTime start = tidspunkt(hendelse.dato(), deler[0]);
		ZonedDateTime slutt = deler.length > 1 ? tidspunkt(hendelse.dato(), deler[1]) : start.plusHours(1);
		return new VEvent(start, slutt.isAfter(start) ? slutt : start.plusHours(1), tittel);
	}

	private static ZonedDateTime tidspunkt(LocalDate dato, String tid) {
		return dato.atTime(LocalTime.parse(tid.strip())).atZone(Formats.OSLO);
	}

	private static String beskrivelse(Hendelse hendelse) {
		StringBuilder tekst = new StringBuilder();
		if (hendelse.etat() != null) {
			tekst.append(hendelse.etat()).append('\n');
		}
		if (hendelse.merknad() != null) {
			tekst.append(hendelse.merknad()).append('\n');
		}
		if (hendelse.datoAnslatt()) {
			tekst.append("Brevet gir ingen eksakt dato");
			if (hendelse.naarTekst() != null) {
				tekst.append(" («").append(hendelse.naarTekst()).append("»)");
			}
			tekst.append("; datoen er anslått.\n");
		}
		tekst.append("Kilde: ").append(hendelse.kilde());
		return Kontrolltegn.fjern(tekst.toString());
	}
}
