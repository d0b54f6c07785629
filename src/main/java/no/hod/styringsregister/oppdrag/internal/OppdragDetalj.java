package no.hod.styringsregister.oppdrag.internal;

import java.time.OffsetDateTime;
import java.util.List;

import no.hod.styringsregister.oppdrag.OppdragRef;
import no.hod.styringsregister.oppdrag.OppdragSummary;

/**
 * Everything about one assignment as a given viewer may see it (built by {@link OppdragLeser} only).
 *
 * @param referanser what it refers to; {@code oppdrag} is null where the id is not in the register
 * @param videreforing the assignments it was carried over into
 */
record OppdragDetalj(OppdragSummary oppdrag, List<Del> deler, String fremdrift, String statusGrunn,
		List<Referanse> referanser, List<OppdragRef> referertAv, List<Budsjettlinje> budsjett, OppdragRef opphav,
		List<OppdragRef> videreforing, List<Hendelse> historikk, boolean fjernet) {

	/** A paragraph or point; {@code skjult} when the text is the placeholder. */
	record Del(int nr, String tekst, boolean unntatt, boolean skjult) {
	}

	record Referanse(String tilId, OppdragRef oppdrag) {
	}

	record Budsjettlinje(int kapittel, int post) {
	}

	/** One history row; {@code skjult} when values or note were withheld from the viewer. */
	record Hendelse(OffsetDateTime tidspunkt, String hvem, String type, String felt, String fra, String til,
			String notat, boolean skjult) {
	}
}
