package no.hod.styringsregister.instrukser;

import java.util.List;
import java.util.Map;

/**
 * Implemented by a module whose records cite instruction sections (assignments), so the reading view can show the
 * citations beside each section without this module depending on that one. Implementations apply the viewer's
 * clearance (Offl. § 22) themselves.
 */
public interface InstruksHenvisninger {

	/** What cites sections of the given version. */
	List<Henvisning> henvisningerTil(long instruksId);

	/**
	 * How many records cite each section of the given version, by section number ({@code 3.1}), whoever asks: so an
	 * admin replacing the version's text is warned of every citation it would leave pointing at nothing. Numbers only,
	 * nothing of what cites, so no record exempt from disclosure is shown.
	 */
	Map<String, Integer> antallPerPunkt(long instruksId);

	/**
	 * @param punkt the cited section number, {@code 3.1}; {@code tekst} what cites it; {@code lenke} its address
	 * @param merketUnntatt what cites it is exempt wholly or in part (offl. § 22) and the viewer cleared: the page marks
	 *     it as the assignment list does (an uncleared viewer gets no mark)
	 */
	record Henvisning(String punkt, String tekst, String lenke, boolean merketUnntatt) {
	}
}
