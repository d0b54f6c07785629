-- Standing instructions (instrukser), versioned per agency. A version is one instruction as issued (or amended); the
-- one in force on a date is the version with the latest start (in-force date, else issue date) on or before it.

CREATE TABLE instruks (
    id            bigserial PRIMARY KEY,
    etat_id       bigint      NOT NULL REFERENCES etat (id),
    tittel        text        NOT NULL,
    fastsatt_av   text[]      NOT NULL DEFAULT '{}',
    fastsatt      date,
    endret        date,
    gjelder_fra   date,
    erstatter     text,
    filnavn       text        NOT NULL,
    filtype       text,
    fil           bytea       NOT NULL,
    sjekksum      text        NOT NULL,
    importert     timestamptz NOT NULL DEFAULT now(),
    importert_av  text
);
-- One row per version: a re-import of the same instruction (same title and dates) updates it instead of adding one.
CREATE UNIQUE INDEX instruks_unik_versjon ON instruks (etat_id, lower(tittel), coalesce(fastsatt, DATE '0001-01-01'),
    coalesce(endret, DATE '0001-01-01'));

CREATE TABLE instruks_punkt (
    id           bigserial PRIMARY KEY,
    instruks_id  bigint  NOT NULL REFERENCES instruks (id) ON DELETE CASCADE,
    rekkefolge   integer NOT NULL,
    nummer       text    NOT NULL,
    tittel       text    NOT NULL,
    tekst        text    NOT NULL,
    sok          tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('norwegian'::regconfig, nummer || ' ' || tittel), 'A')
                     || setweight(to_tsvector('norwegian'::regconfig, tekst), 'B')) STORED,
    UNIQUE (instruks_id, nummer)
);
CREATE INDEX instruks_punkt_sok ON instruks_punkt USING gin (sok);
