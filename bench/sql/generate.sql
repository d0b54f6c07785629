-- Benchmark data: 20 agencies x 10 years x 100 assignments = 20 000 assignments with text parts, deadlines,
-- references, budget lines, routing to divisions and a status history, written straight into the tables.
-- The derived columns (register keys, shown ids, sort keys, normalised titles, the four search vectors and the
-- near-miss dictionary) are filled by bench/sql/functions.sql, which verify.sql has checked against the app's own
-- import before this runs. Sentences come from the two real allocation letters, read from standard input
-- (run.sh pipes them in), so words occur about as often as in real letters.
-- Variables: aar_til (last year, default the current year). Seeded: same data every run.
\set ON_ERROR_STOP on
\if :{?aar_til}
\else
  SELECT extract(year FROM current_date)::int AS aar_til \gset
\endif

BEGIN;
SELECT setseed(0.42) \g /dev/null

-- The letters' sentences, 40-400 characters, mostly letters (as the in-test OppdragGenerator picks them).
CREATE TABLE bench.linje (id bigserial, tekst text);
\copy bench.linje (tekst) FROM pstdin WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
CREATE TABLE bench.setning AS
SELECT row_number() OVER ()::int AS nr, s AS tekst
FROM (SELECT btrim(s) AS s
      FROM regexp_split_to_table((SELECT regexp_replace(string_agg(tekst, ' ' ORDER BY id), '\s+', ' ', 'g')
                                  FROM bench.linje), '(?<=[.!?]) ') AS s) x
WHERE length(s) BETWEEN 40 AND 400 AND length(regexp_replace(s, '[^[:alpha:]]', '', 'g')) > length(s) / 2;
SELECT count(*) AS antall_setninger FROM bench.setning \gset

-- 20 agencies under the ministry (two exist from the first migration); each without divisions gets four.
INSERT INTO etat (navn, kortnavn) VALUES
    ('Folkehelseinstituttet', 'FHI'),
    ('Direktoratet for medisinske produkter', 'DMP'),
    ('Direktoratet for strålevern og atomsikkerhet', 'DSA'),
    ('Norsk helsenett SF', 'NHN'),
    ('Norsk pasientskadeerstatning', 'NPE'),
    ('Statens undersøkelseskommisjon for helse- og omsorgstjenesten', 'Ukom'),
    ('Nasjonalt klageorgan for helsetjenesten', 'Helseklage'),
    ('Bioteknologirådet', 'Bio'),
    ('Helse Sør-Øst RHF', 'HSØ'),
    ('Helse Vest RHF', 'HV'),
    ('Helse Midt-Norge RHF', 'HMN'),
    ('Helse Nord RHF', 'HN'),
    ('Pasient- og brukerombudene', 'POBO'),
    ('Sykehusbygg HF', 'SB'),
    ('Sykehusinnkjøp HF', 'SI'),
    ('Nasjonalt senter for e-helseforskning', 'NSE'),
    ('Klagenemnda for behandling i utlandet', 'KBU'),
    ('Preimplantasjonsdiagnostikknemnda', 'PGD')
ON CONFLICT (navn) DO NOTHING;

INSERT INTO enhet (etat_id, type, navn)
SELECT e.id, 'DIVISJON', d.navn
FROM etat e
CROSS JOIN (VALUES ('Divisjon fag og analyse'), ('Divisjon tjenester'), ('Divisjon digitalisering'),
                   ('Divisjon styring og økonomi')) AS d (navn)
WHERE NOT EXISTS (SELECT 1 FROM enhet x WHERE x.etat_id = e.id AND x.type = 'DIVISJON');

CREATE TABLE bench.etat AS
-- ASCII codes for the official ids (HSO2021-17), so the ids need no encoding in URLs.
SELECT id AS etat_id, translate(upper(regexp_replace(coalesce(kortnavn, navn), '[^[:alpha:]]', '', 'g')), 'ÆØÅ', 'EOA')
           AS kode,
       (SELECT array_agg(x.id ORDER BY x.id) FROM enhet x WHERE x.etat_id = etat.id AND x.type = 'DIVISJON'
          AND x.aktiv) AS divisjoner
FROM etat ORDER BY id LIMIT 20;

-- Status paths (after Ikke startet), with weights for past years and for the current year.
CREATE TABLE bench.sti (nr int, steg text[], vekt_tidligere int, vekt_iaar int);
INSERT INTO bench.sti VALUES
    (1, '{}', 3, 25),
    (2, '{PAAGAAR}', 10, 40),
    (3, '{PAAGAAR,FORSINKET}', 8, 10),
    (4, '{PAAGAAR,LEVERT}', 10, 15),
    (5, '{PAAGAAR,LEVERT,FULLFORT}', 45, 8),
    (6, '{PAAGAAR,FORSINKET,LEVERT,FULLFORT}', 19, 2),
    (7, '{UTGAAR}', 5, 0);

-- One row per assignment with every random choice made up front (ids taken from the table's own sequence).
CREATE TABLE bench.g AS
SELECT nextval('oppdrag_id_seq') AS id, e.etat_id, e.kode, e.divisjoner, a.aar, n.n,
       floor(random() * 50)::int AS art,
       1 + floor(random() * 4)::int AS antall_deler,
       random() < 0.8 AS har_frist,
       make_date(a.aar, 1 + floor(random() * 12)::int, 1 + floor(random() * 28)::int) AS frist,
       1 + floor(random() * 5)::int AS maal,
       1 + floor(random() * 6)::int AS punkt,
       (ARRAY['FHA','KTA','SHA','HRA','DIG','ADA','EHE','OTA','PTA'])[1 + floor(random() * 9)::int] AS hod,
       1 + floor(random() * :antall_setninger)::int AS tittelsetning,
       40 + floor(random() * 60)::int AS tittellengde,
       CASE WHEN n.n > 1 AND random() < 0.1 THEN 1 + floor(random() * (n.n - 1))::int END AS referanse,
       CASE WHEN random() < 1.0 / 3 THEN 700 + floor(random() * 90)::int END AS kapittel,
       random() < 0.9 AS rutet,
       random() AS divisjonsvalg,
       random() AS stivalg
FROM bench.etat e
CROSS JOIN generate_series(:aar_til - 9, :aar_til) AS a (aar)
CROSS JOIN generate_series(1, 100) AS n (n);

ALTER TABLE bench.g ADD COLUMN unntak text, ADD COLUMN offisiell_id text, ADD COLUMN nokkel text,
    ADD COLUMN divisjon_id bigint, ADD COLUMN steg text[];
UPDATE bench.g SET
    unntak = CASE WHEN art = 0 THEN 'WHOLE' WHEN art < 5 THEN 'PARTS' ELSE 'NONE' END,
    offisiell_id = kode || aar || '-' || n,
    divisjon_id = CASE WHEN rutet THEN divisjoner[1 + floor(divisjonsvalg * array_length(divisjoner, 1))::int] END;

-- Weighted choice of a status path: past years are mostly finished, the current year mostly open.
UPDATE bench.g g SET steg = s.steg
FROM (SELECT nr, steg,
             sum(vekt_tidligere) OVER (ORDER BY nr) - vekt_tidligere AS fra_t,
             sum(vekt_tidligere) OVER (ORDER BY nr) AS til_t,
             sum(vekt_iaar) OVER (ORDER BY nr) - vekt_iaar AS fra_i,
             sum(vekt_iaar) OVER (ORDER BY nr) AS til_i,
             sum(vekt_tidligere) OVER () AS sum_t, sum(vekt_iaar) OVER () AS sum_i
      FROM bench.sti) s
WHERE CASE WHEN g.aar < :aar_til THEN g.stivalg * s.sum_t >= s.fra_t AND g.stivalg * s.sum_t < s.til_t
           ELSE g.stivalg * s.sum_i >= s.fra_i AND g.stivalg * s.sum_i < s.til_i END;

-- Register keys O-<year>-<n>, continuing each year's counter.
UPDATE bench.g g SET nokkel = k.nokkel
FROM (SELECT g2.id,
             'O-' || g2.aar || '-' || lpad(nr::text, greatest(4, length(nr::text)), '0') AS nokkel
      FROM (SELECT id, aar, coalesce((SELECT siste FROM oppdrag_nokkelteller t WHERE t.aar = x.aar), 0)
                        + row_number() OVER (PARTITION BY aar ORDER BY etat_id, n) AS nr
            FROM bench.g x) g2) k
WHERE k.id = g.id;
INSERT INTO oppdrag_nokkelteller (aar, siste)
SELECT aar, count(*) FROM bench.g GROUP BY aar
ON CONFLICT (aar) DO UPDATE SET siste = oppdrag_nokkelteller.siste + excluded.siste;

-- The text parts: two sentences each; a wholly exempt assignment has every part exempt, a partly exempt one its last.
CREATE TABLE bench.del AS
SELECT g.id AS oppdrag_id, d.nr,
       s1.tekst || ' ' || s2.tekst AS tekst,
       g.unntak = 'WHOLE' OR (g.unntak = 'PARTS' AND d.nr = g.antall_deler) AS unntatt
FROM bench.g g
CROSS JOIN LATERAL generate_series(1, g.antall_deler) AS d (nr)
CROSS JOIN LATERAL (SELECT 1 + floor(random() * :antall_setninger)::int + 0 * d.nr AS a,
                           1 + floor(random() * :antall_setninger)::int + 0 * d.nr AS b) r
JOIN bench.setning s1 ON s1.nr = r.a
JOIN bench.setning s2 ON s2.nr = r.b;

INSERT INTO oppdrag (id, nokkel, offisiell_id, visnings_id, brev_id, aar, etat_id, seksjon, seksjon_tittel,
    hod_avdelinger, tittel, tittel_norm, unntak, frister, forste_frist, frist_tekst, status, fremdrift,
    forventet_dato, status_grunn, divisjon_id, sort_prefiks, sort_nr, opprettet, endret, versjon)
SELECT g.id, g.nokkel, g.offisiell_id, g.nokkel, NULL, g.aar, g.etat_id, g.maal || '.' || g.punkt, 'Mål ' || g.maal,
       ARRAY[g.hod], t.tittel, '', g.unntak,
       CASE WHEN g.har_frist THEN ARRAY[g.frist] ELSE '{}' END,
       CASE WHEN g.har_frist THEN g.frist END,
       CASE WHEN g.har_frist THEN NULL ELSE 'Løpende' END,
       coalesce(g.steg[cardinality(g.steg)], 'IKKE_STARTET'),
       CASE WHEN cardinality(g.steg) > 0 THEN 'Arbeidet følger planen; neste leveranse er varslet.' END,
       CASE WHEN g.steg[cardinality(g.steg)] = 'FORSINKET' THEN make_date(g.aar + 1, 3, 1) END,
       CASE g.steg[cardinality(g.steg)] WHEN 'FORSINKET' THEN 'Avhenger av lovendring som er utsatt.'
                                        WHEN 'UTGAAR' THEN 'Erstattet av nytt oppdrag.' END,
       g.divisjon_id, g.nokkel, 0,
       make_timestamptz(g.aar, 1, 20, 9, 0, 0),
       make_timestamptz(g.aar, 3 + 2 * coalesce(cardinality(g.steg), 0), 1, 12, 0, 0),
       (CASE WHEN g.divisjon_id IS NOT NULL THEN 1 ELSE 0 END) + coalesce(cardinality(g.steg), 0)
FROM bench.g g
-- A title: the start of a sentence, without a leading bullet, capitalised.
CROSS JOIN LATERAL (SELECT upper(left(t0, 1)) || substring(t0 FROM 2) AS tittel
                    FROM (SELECT btrim(substring(regexp_replace(s.tekst, '^[^[:alnum:]]+', '') FROM 1 FOR g.tittellengde))
                          AS t0
                          FROM bench.setning s WHERE s.nr = g.tittelsetning) x) t;

INSERT INTO oppdrag_del (oppdrag_id, nr, tekst, unntatt) SELECT oppdrag_id, nr, tekst, unntatt FROM bench.del;

INSERT INTO oppdrag_referanse (oppdrag_id, til_id)
SELECT id, kode || aar || '-' || referanse FROM bench.g WHERE referanse IS NOT NULL;

INSERT INTO oppdrag_budsjett (oppdrag_id, kapittel, post)
SELECT id, kapittel, 21 FROM bench.g WHERE kapittel IS NOT NULL;

-- History: created by the import, routed by an admin, then each status step by the division or the ministry.
INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, type, felt, fra, til, notat, unntatt)
SELECT id, make_timestamptz(aar, 1, 20, 9, 0, 0), NULL, 'Import', 'OPPRETTET', NULL, NULL, NULL,
       'Opprettet fra tildelingsbrev', false
FROM bench.g
ORDER BY id;

INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, type, felt, fra, til, notat, unntatt)
SELECT g.id, make_timestamptz(g.aar, 2, 1, 10, 0, 0), NULL, 'Bench Admin', 'RUTING', 'divisjon', NULL, e.navn, NULL,
       false
FROM bench.g g JOIN enhet e ON e.id = g.divisjon_id
ORDER BY g.id;

INSERT INTO oppdrag_historikk (oppdrag_id, tidspunkt, bruker_id, bruker_navn, type, felt, fra, til, notat, unntatt)
SELECT g.id, make_timestamptz(g.aar, 1 + 2 * s.i::int, 1, 12, 0, 0), NULL,
       CASE WHEN s.til = 'FULLFORT' OR s.til = 'UTGAAR' THEN 'Saksbehandler HOD' ELSE 'Divisjonsleder' END,
       'STATUS', 'status', coalesce(g.steg[s.i - 1], 'IKKE_STARTET'), s.til,
       CASE s.til WHEN 'FORSINKET' THEN 'Avhenger av lovendring som er utsatt.'
                  WHEN 'UTGAAR' THEN 'Erstattet av nytt oppdrag.' END,
       false
FROM bench.g g CROSS JOIN LATERAL unnest(g.steg) WITH ORDINALITY AS s (til, i)
ORDER BY g.id, s.i;

-- The derived columns, exactly as the app computes them (checked by verify.sql).
UPDATE oppdrag o SET visnings_id = v.visnings_id, sort_prefiks = v.sort_prefiks, sort_nr = v.sort_nr
FROM bench.visning_beregnet v
WHERE v.id = o.id AND o.id IN (SELECT id FROM bench.g);

UPDATE oppdrag o SET tittel_norm = b.tittel_norm, sok_full = b.sok_full, sok_offentlig = b.sok_offentlig,
    sok_tittel_full = b.sok_tittel_full, sok_tittel_offentlig = b.sok_tittel_offentlig
FROM bench.sok_beregnet b
WHERE b.id = o.id AND o.id IN (SELECT id FROM bench.g);

INSERT INTO oppdrag_sokeord (ord, offentlig)
SELECT ord, offentlig FROM bench.sokeord_beregnet
ON CONFLICT (ord) DO UPDATE SET offentlig = true WHERE excluded.offentlig AND NOT oppdrag_sokeord.offentlig;

COMMIT;

-- Vacuumed as a database in use would be (autovacuum), so index-only scans see an up-to-date visibility map.
VACUUM ANALYZE;

SELECT (SELECT count(*) FROM oppdrag) AS oppdrag, (SELECT count(*) FROM oppdrag_del) AS deler,
       (SELECT count(*) FROM oppdrag_historikk) AS historikk, (SELECT count(*) FROM oppdrag_sokeord) AS sokeord,
       (SELECT count(DISTINCT etat_id) FROM oppdrag) AS etater, (SELECT count(DISTINCT aar) FROM oppdrag) AS aar;
