-- The derived columns of an assignment, computed in SQL the same way the app computes them in Java
-- (oppdrag/internal/OppdragSkriving and Sokeord): the generator fills its rows with these, and verify.sql first
-- checks them against rows the app itself wrote (a real letter imported through the API), so a change in the app's
-- rules makes the benchmark stop instead of silently measuring different data.
-- Lives in its own schema "bench" of the throw-away benchmark database.

CREATE SCHEMA bench;

-- Sokeord.ord: lower case, every run of characters that are not letters or digits becomes one space.
CREATE FUNCTION bench.ord(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT btrim(regexp_replace(lower(coalesce(t, '')), '[^[:alnum:]]+', ' ', 'g'))
$$;

-- OppdragSkriving.oppdaterSok: the search columns from the stored title, ids and parts.
CREATE VIEW bench.sok_beregnet AS
SELECT x.id,
       x.tittel_norm,
       setweight(to_tsvector('simple', x.ider), 'A') || setweight(to_tsvector('norwegian', x.tittel), 'A')
           || setweight(to_tsvector('norwegian', x.fulltekst), 'B') AS sok_full,
       setweight(to_tsvector('simple', x.ider), 'A') || setweight(to_tsvector('norwegian', x.synlig_tittel), 'A')
           || setweight(to_tsvector('norwegian', x.offentlig), 'B') AS sok_offentlig,
       to_tsvector('norwegian', x.tittel) AS sok_tittel_full,
       to_tsvector('norwegian', x.synlig_tittel) AS sok_tittel_offentlig,
       x.ider, x.tittel, x.synlig_tittel, x.fulltekst, x.offentlig
FROM (SELECT o.id,
             bench.ord(o.tittel) AS tittel_norm,
             bench.ord(concat_ws(' ', o.nokkel, o.offisiell_id, p.offisiell_id)) AS ider,
             bench.ord(o.tittel) AS tittel,
             CASE WHEN o.unntak = 'WHOLE' THEN '' ELSE bench.ord(o.tittel) END AS synlig_tittel,
             bench.ord((SELECT string_agg(d.tekst, E'\n' ORDER BY d.nr) FROM oppdrag_del d
                        WHERE d.oppdrag_id = o.id)) AS fulltekst,
             CASE WHEN o.unntak = 'WHOLE' THEN ''
                  ELSE bench.ord((SELECT string_agg(d.tekst, E'\n' ORDER BY d.nr) FROM oppdrag_del d
                                  WHERE d.oppdrag_id = o.id AND NOT d.unntatt)) END AS offentlig
      FROM oppdrag o LEFT JOIN oppdrag p ON p.id = o.opphav_id) x;

-- The near-miss dictionary (oppdrag_sokeord): every word of 3 letters or more; offentlig when it occurs in some
-- public text of some assignment.
CREATE VIEW bench.sokeord_beregnet AS
SELECT ord, bool_or(offentlig) AS offentlig
FROM (SELECT s.id, w AS ord, false AS offentlig
      FROM bench.sok_beregnet s,
           regexp_split_to_table(concat_ws(' ', s.ider, s.tittel, s.fulltekst), ' ') AS w
      UNION ALL
      SELECT s.id, w, true
      FROM bench.sok_beregnet s,
           regexp_split_to_table(concat_ws(' ', s.ider, s.synlig_tittel, s.offentlig), ' ') AS w) a
WHERE length(ord) >= 3
GROUP BY ord;

-- OppdragSkriving.oppdaterVisningsId: the official id where it is unique, else the key; and its natural sort key.
CREATE VIEW bench.visning_beregnet AS
SELECT x.id, x.vid AS visnings_id,
       lower(regexp_replace(x.vid, '\d{1,9}$', '')) AS sort_prefiks,
       coalesce(substring(x.vid FROM '\d{1,9}$')::integer, 0) AS sort_nr
FROM (SELECT a.id,
             CASE WHEN a.offisiell_id IS NOT NULL
                   AND (SELECT count(*) FROM oppdrag b WHERE lower(b.offisiell_id) = lower(a.offisiell_id)) = 1
                  THEN a.offisiell_id ELSE a.nokkel END AS vid
      FROM oppdrag a) x;
