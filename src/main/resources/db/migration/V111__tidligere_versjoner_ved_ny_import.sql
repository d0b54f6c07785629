-- A corrected letter imported again kept nothing of what it replaced: the assignment's old text was deleted, the old
-- file overwritten, and budget lines changed in place. From now on each is kept. Rows written before this have no
-- earlier version; the pages say so rather than show nothing.

-- (1) The text an import replaced, part by part, with each part's exemption as it was (a part of a wholly exempt
-- assignment counts as exempt), on the history row «Endret ved import (oppdragstekst)» that replaced it.
CREATE TABLE oppdrag_historikk_del (
    historikk_id  bigint  NOT NULL REFERENCES oppdrag_historikk (id) ON DELETE CASCADE,
    nr            integer NOT NULL,
    tekst         text    NOT NULL,
    unntatt       boolean NOT NULL,
    PRIMARY KEY (historikk_id, nr)
);

CREATE VIEW oppdrag_historikk_del_full AS
SELECT d.historikk_id, h.oppdrag_id, d.nr, d.tekst, d.unntatt, false AS skjult
FROM oppdrag_historikk_del d JOIN oppdrag_historikk h ON h.id = d.historikk_id;

-- The same rule as the current text (V90): an assignment exempt as a whole now is one placeholder, whatever its old
-- text was; elsewhere each run of adjacent exempt parts is one placeholder in the place of the run.
CREATE VIEW oppdrag_historikk_del_offentlig AS
SELECT h.id AS historikk_id, h.oppdrag_id, 1 AS nr, 'Unntatt offentlighet, jf. offl. § 22'::text AS tekst,
       true AS unntatt, true AS skjult
FROM oppdrag_historikk h JOIN oppdrag o ON o.id = h.oppdrag_id
WHERE (o.unntak = 'WHOLE' OR h.unntatt) AND EXISTS (SELECT 1 FROM oppdrag_historikk_del d WHERE d.historikk_id = h.id)
UNION ALL
SELECT d.historikk_id, h.oppdrag_id, d.nr,
       CASE WHEN d.unntatt THEN 'Unntatt offentlighet, jf. offl. § 22' ELSE d.tekst END AS tekst,
       d.unntatt, d.unntatt AS skjult
FROM (SELECT d.historikk_id, d.nr, d.tekst, d.unntatt,
             coalesce(lag(d.unntatt) OVER (PARTITION BY d.historikk_id ORDER BY d.nr), false) AS forrige_unntatt
      FROM oppdrag_historikk_del d) d
JOIN oppdrag_historikk h ON h.id = d.historikk_id
JOIN oppdrag o ON o.id = h.oppdrag_id
WHERE o.unntak <> 'WHOLE' AND NOT h.unntatt AND NOT (d.unntatt AND d.forrige_unntatt);

-- (2) Every imported version of a letter's file, on its import's log row. Of the rows logged before, only the latest
-- import whose checksum is the letter's current file can be given its file; the older files are gone.
ALTER TABLE tildelingsbrev_import ADD COLUMN fil bytea, ADD COLUMN format text;

UPDATE tildelingsbrev_import i SET fil = b.fil, format = b.format
FROM tildelingsbrev b
WHERE i.id = (SELECT max(s.id) FROM tildelingsbrev_import s
              WHERE s.brev_id = b.id AND s.handling = 'IMPORT' AND s.sha256 = b.sha256);

-- (3) What an import of a new version did to the letter's budget lines: added, removed, changed, with the amount
-- before and after (1 000 kr, null where the letter prints none) and which fields changed. Budget lines carry no
-- exemption (offl. § 22 covers assignments, Vedlegg IV), and nothing here is more than /bevilgninger shows everyone;
-- the comment, which may name an assignment by title, is not copied.
CREATE TABLE tildelingsbrev_import_budsjettlinje (
    import_id  bigint  NOT NULL REFERENCES tildelingsbrev_import (id) ON DELETE CASCADE,
    nr         integer NOT NULL,
    type       text    NOT NULL CHECK (type IN ('ADDED', 'CHANGED', 'REMOVED')),
    kapittel   integer NOT NULL,
    post       integer NOT NULL,
    navn       text    NOT NULL,
    belop_fra  bigint,
    belop_til  bigint,
    felter     text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (import_id, nr)
);
