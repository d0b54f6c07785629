-- Two things the history's readers need, kept in both views (who acted is no exempt content, and the public view
-- already withholds the note of an exempt row):
-- * whether a row is exempt from public disclosure: a cleared user may mark a comment so, and a cleared reader then
--   sees that it must not be passed on;
-- * the role a user acted in: a division lead's start page lists what the ministry answered on the division's
--   assignments (accepted, sent back, commented), not what the division's own leads did, and a lead may also move a
--   delivery from Levert back to Pågår. The role at the time counts, not the user's role today. Rows written before
--   this have none (nor have the import's rows).
ALTER TABLE oppdrag_historikk ADD COLUMN bruker_rolle text;

CREATE OR REPLACE VIEW oppdrag_historikk_full AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt, h.fra, h.til, h.notat, false AS skjult,
       h.unntatt, h.bruker_id, h.bruker_rolle
FROM oppdrag_historikk h;

CREATE OR REPLACE VIEW oppdrag_historikk_offentlig AS
SELECT h.id, h.oppdrag_id, h.tidspunkt, h.bruker_navn, h.type, h.felt,
       CASE WHEN h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
           'forventet_dato', 'unntak')) THEN NULL ELSE h.fra END AS fra,
       CASE WHEN h.unntatt OR (o.unntak = 'WHOLE' AND h.felt NOT IN ('status', 'divisjon', 'avdeling', 'frister',
           'forventet_dato', 'unntak')) THEN NULL ELSE h.til END AS til,
       CASE WHEN h.unntatt OR o.unntak = 'WHOLE' THEN NULL ELSE h.notat END AS notat,
       (h.unntatt OR o.unntak = 'WHOLE') AS skjult,
       h.unntatt, h.bruker_id, h.bruker_rolle
FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id;
