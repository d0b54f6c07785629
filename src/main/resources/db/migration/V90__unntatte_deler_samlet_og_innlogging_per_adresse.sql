-- Exempt text (offl. § 22) shown to an uncleared reader without its shape: the public view gave one placeholder per
-- exempt part, so the reader could count the hidden paragraphs. Now a wholly exempt assignment is one placeholder,
-- whatever its text (none, one part or many), and elsewhere each run of adjacent exempt parts is one placeholder, in
-- the place of the run, as in a redacted public copy. Same columns as before (V20), so every reader is unchanged.
CREATE OR REPLACE VIEW oppdrag_del_offentlig AS
SELECT o.id AS oppdrag_id, 1 AS nr, 'Unntatt offentlighet, jf. offl. § 22'::text AS tekst, true AS unntatt,
       true AS skjult
FROM oppdrag o
WHERE o.unntak = 'WHOLE'
UNION ALL
SELECT d.oppdrag_id, d.nr,
       CASE WHEN d.unntatt THEN 'Unntatt offentlighet, jf. offl. § 22' ELSE d.tekst END AS tekst,
       d.unntatt, d.unntatt AS skjult
FROM (SELECT d.oppdrag_id, d.nr, d.tekst, d.unntatt,
             coalesce(lag(d.unntatt) OVER (PARTITION BY d.oppdrag_id ORDER BY d.nr), false) AS forrige_unntatt
      FROM oppdrag_del d) d
JOIN oppdrag o ON o.id = d.oppdrag_id
WHERE o.unntak <> 'WHOLE' AND NOT (d.unntatt AND d.forrige_unntatt);

-- Failed password logins per client address (an IPv6 address by its /64 network), beside those per user name
-- (innloggingsforsok, V1): enough failures from one address within the window lock password login from there for a
-- while, whatever the user name, and lock no account. In the database, so every instance counts the same.
CREATE TABLE innloggingsforsok_adresse (
    adresse           text        PRIMARY KEY,
    mislykket         integer     NOT NULL DEFAULT 0,
    -- When the window the failures are counted in opened (its first failure).
    forste_mislykket  timestamptz NOT NULL,
    sperret_til       timestamptz
);
CREATE INDEX innloggingsforsok_adresse_forste ON innloggingsforsok_adresse (forste_mislykket);
