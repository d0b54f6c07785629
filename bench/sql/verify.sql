-- Runs after a real letter was imported through the app and before the generator: the derived columns that
-- functions.sql computes must equal what the app wrote, row for row and word for word. Stops the benchmark if not.
\set ON_ERROR_STOP on

DO $$
DECLARE
    rader   bigint;
    avvik   bigint;
    ordavvik bigint;
    visavvik bigint;
BEGIN
    SELECT count(*) INTO rader FROM oppdrag;
    IF rader < 50 THEN
        RAISE EXCEPTION 'Referansebrevet ga bare % oppdrag; ventet flere.', rader;
    END IF;
    SELECT count(*) INTO avvik
    FROM oppdrag o JOIN bench.sok_beregnet b ON b.id = o.id
    WHERE o.tittel_norm IS DISTINCT FROM b.tittel_norm
       OR o.sok_full IS DISTINCT FROM b.sok_full
       OR o.sok_offentlig IS DISTINCT FROM b.sok_offentlig
       OR o.sok_tittel_full IS DISTINCT FROM b.sok_tittel_full
       OR o.sok_tittel_offentlig IS DISTINCT FROM b.sok_tittel_offentlig;
    SELECT count(*) INTO ordavvik
    FROM (SELECT ord, offentlig FROM oppdrag_sokeord
          EXCEPT SELECT ord, offentlig FROM bench.sokeord_beregnet) a;
    ordavvik := ordavvik + (SELECT count(*) FROM (SELECT ord, offentlig FROM bench.sokeord_beregnet
                                                  EXCEPT SELECT ord, offentlig FROM oppdrag_sokeord) b);
    SELECT count(*) INTO visavvik
    FROM oppdrag o JOIN bench.visning_beregnet v ON v.id = o.id
    WHERE (o.visnings_id, o.sort_prefiks, o.sort_nr) IS DISTINCT FROM (v.visnings_id, v.sort_prefiks, v.sort_nr);
    IF avvik + ordavvik + visavvik > 0 THEN
        RAISE EXCEPTION 'Generatoren regner ikke som appen: % av % oppdrag har andre søkekolonner, % søkeord avviker, '
            '% visnings-id-er avviker. Rett bench/sql/functions.sql etter OppdragSkriving.', avvik, rader, ordavvik,
            visavvik;
    END IF;
    RAISE NOTICE 'Generatoren regner som appen: % oppdrag og % søkeord fra referansebrevet stemmer.', rader,
        (SELECT count(*) FROM oppdrag_sokeord);
END
$$;
