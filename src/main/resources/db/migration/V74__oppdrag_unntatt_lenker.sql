-- A wholly exempt assignment's references, budget lines and instruction citations are read from its exempt text (the
-- import takes them from there) or made about it, so the public read path leaves them out, as the public history
-- already does. And its deadline's words are masked as its other text is; the dates stay public, as in the history.
-- Readers take the *_full or *_offentlig view by the viewer's clearance, as for the assignments themselves (V20).
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
       o.sok_tittel_offentlig AS sok_tittel
FROM oppdrag o;

CREATE VIEW oppdrag_referanse_full AS
SELECT r.oppdrag_id, r.til_id FROM oppdrag_referanse r;

CREATE VIEW oppdrag_referanse_offentlig AS
SELECT r.oppdrag_id, r.til_id FROM oppdrag_referanse r
JOIN oppdrag o ON o.id = r.oppdrag_id WHERE o.unntak <> 'WHOLE';

CREATE VIEW oppdrag_budsjett_full AS
SELECT b.oppdrag_id, b.kapittel, b.post FROM oppdrag_budsjett b;

CREATE VIEW oppdrag_budsjett_offentlig AS
SELECT b.oppdrag_id, b.kapittel, b.post FROM oppdrag_budsjett b
JOIN oppdrag o ON o.id = b.oppdrag_id WHERE o.unntak <> 'WHOLE';

CREATE VIEW oppdrag_instrukshenvisning_full AS
SELECT h.id, h.oppdrag_id, h.instruks_id, h.punkt FROM oppdrag_instrukshenvisning h;

CREATE VIEW oppdrag_instrukshenvisning_offentlig AS
SELECT h.id, h.oppdrag_id, h.instruks_id, h.punkt FROM oppdrag_instrukshenvisning h
JOIN oppdrag o ON o.id = h.oppdrag_id WHERE o.unntak <> 'WHOLE';
