-- The letter's assignment that took the place of a year end's copy (the copy stays, taken out): the copy's page and
-- the assignment's page name each other by it. Both read views carry it, as they carry opphav_id; the link is no
-- content, and the pages withhold it where the content would show through (OppdragLeser).
ALTER TABLE oppdrag ADD COLUMN erstattet_av bigint REFERENCES oppdrag (id);
CREATE INDEX oppdrag_erstattet_av_idx ON oppdrag (erstattet_av) WHERE erstattet_av IS NOT NULL;

-- Copies replaced before this column: the copy's history row names the replacement by its shown id then.
UPDATE oppdrag c SET erstattet_av = (
    SELECT n.id FROM oppdrag_historikk h
    JOIN oppdrag n ON n.visnings_id = h.til AND n.aar = c.aar AND n.etat_id = c.etat_id AND n.brev_id IS NOT NULL
    WHERE h.oppdrag_id = c.id AND h.type = 'FJERNET' AND h.felt = 'erstattet_av'
    ORDER BY h.id DESC, n.fjernet, n.id LIMIT 1)
WHERE c.brev_id IS NULL AND c.fjernet;

CREATE OR REPLACE VIEW oppdrag_full AS
SELECT o.id, o.nokkel, o.offisiell_id, o.visnings_id, o.brev_id, o.aar, o.etat_id, o.seksjon, o.seksjon_tittel,
       o.hod_avdelinger, o.tittel, false AS tittel_skjult, o.unntak, o.frister, o.forste_frist, o.frist_tekst,
       o.status, o.fremdrift, o.forventet_dato, o.status_grunn, o.divisjon_id, o.avdeling_id, o.opphav_id, o.fjernet,
       o.sort_prefiks, o.sort_nr, o.endret, o.versjon, o.sok_full AS sok, o.sok_tittel_full AS sok_tittel,
       o.erstattet_av
FROM oppdrag o;

CREATE OR REPLACE VIEW oppdrag_offentlig AS
SELECT o.id, o.nokkel, o.offisiell_id, o.visnings_id, o.brev_id, o.aar, o.etat_id, o.seksjon, o.seksjon_tittel,
       o.hod_avdelinger,
       CASE WHEN o.unntak = 'WHOLE' THEN 'Unntatt offentlighet, jf. offl. § 22' ELSE o.tittel END AS tittel,
       o.unntak = 'WHOLE' AS tittel_skjult, o.unntak, o.frister, o.forste_frist,
       CASE WHEN o.unntak = 'WHOLE' THEN NULL ELSE o.frist_tekst END AS frist_tekst, o.status,
       CASE WHEN o.unntak = 'WHOLE' THEN NULL ELSE o.fremdrift END AS fremdrift, o.forventet_dato,
       CASE WHEN o.unntak = 'WHOLE' THEN NULL ELSE o.status_grunn END AS status_grunn,
       o.divisjon_id, o.avdeling_id, o.opphav_id, o.fjernet,
       o.sort_prefiks, o.sort_nr, o.endret, o.versjon, o.sok_offentlig AS sok,
       o.sok_tittel_offentlig AS sok_tittel, o.erstattet_av
FROM oppdrag o;
