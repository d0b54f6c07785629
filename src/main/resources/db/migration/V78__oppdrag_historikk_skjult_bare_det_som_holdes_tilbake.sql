-- The public history of a wholly exempt assignment said every row was withheld, even where nothing was: a status
-- change, a routing, an «Opprettet» without a note. What is withheld stays exactly as before (V75); only the flags
-- change. skjult is now true where something was actually withheld from the reader: a note that existed, or a value
-- of a field that is hidden. Two new columns say which, so the page can name it (the note, or the values):
-- * notat_skjult: the row had a note, and it is withheld;
-- * verdier_skjult: the row had a from or to value, and they are withheld.
-- An exempt row (h.unntatt) still counts as withheld, as before.
CREATE OR REPLACE VIEW oppdrag_historikk_full AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt, h.fra, h.til, h.notat, false AS skjult,
       h.unntatt, h.bruker_id, h.bruker_rolle, false AS notat_skjult, false AS verdier_skjult
FROM oppdrag_historikk h;

CREATE OR REPLACE VIEW oppdrag_historikk_offentlig AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt,
       CASE WHEN r.verdier THEN NULL ELSE h.fra END AS fra,
       CASE WHEN r.verdier THEN NULL ELSE h.til END AS til,
       CASE WHEN r.notat THEN NULL ELSE h.notat END AS notat,
       (h.unntatt OR (r.notat AND h.notat IS NOT NULL)
           OR (r.verdier AND (h.fra IS NOT NULL OR h.til IS NOT NULL))) AS skjult,
       h.unntatt, h.bruker_id, h.bruker_rolle,
       (r.notat AND h.notat IS NOT NULL) AS notat_skjult,
       (r.verdier AND (h.fra IS NOT NULL OR h.til IS NOT NULL)) AS verdier_skjult
FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
-- The rules of V75, written once: which values and whether the note are withheld. Status, routing and dates stay
-- visible; they say nothing about the content. A row without a field (a comment) has no values to withhold.
CROSS JOIN LATERAL (
    SELECT coalesce(h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
               'forventet_dato', 'unntak')), false) AS verdier,
           (h.unntatt OR o.unntak = 'WHOLE') AS notat
) r;
