-- A cleared user may mark a comment exempt from public disclosure (Offl. § 22): both views say which rows are, so a
-- cleared reader sees that a comment must not be passed on. The public view already withholds the note of such rows.
CREATE OR REPLACE VIEW oppdrag_historikk_full AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt, h.fra, h.til, h.notat, false AS skjult,
       h.unntatt
FROM oppdrag_historikk h;

CREATE OR REPLACE VIEW oppdrag_historikk_offentlig AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt,
       CASE WHEN h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
           'forventet_dato', 'unntak')) THEN NULL ELSE h.fra END AS fra,
       CASE WHEN h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
           'forventet_dato', 'unntak')) THEN NULL ELSE h.til END AS til,
       CASE WHEN h.unntatt OR o.unntak = 'WHOLE' THEN NULL ELSE h.notat END AS notat,
       (h.unntatt OR o.unntak = 'WHOLE') AS skjult,
       h.unntatt
FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id;
