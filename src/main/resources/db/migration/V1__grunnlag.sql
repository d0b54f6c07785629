-- The ground every module stands on: agencies and their units (organisasjon), users and login throttling (brukere).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE etat (
    id          bigserial PRIMARY KEY,
    navn        text        NOT NULL UNIQUE,
    kortnavn    text,
    opprettet   timestamptz NOT NULL DEFAULT now()
);

-- Divisions and departments of an agency. A unit that assignments or users refer to is deactivated, never deleted.
CREATE TABLE enhet (
    id           bigserial PRIMARY KEY,
    etat_id      bigint      NOT NULL REFERENCES etat (id),
    overordnet_id bigint     REFERENCES enhet (id),
    type         text        NOT NULL CHECK (type IN ('DIVISJON', 'AVDELING')),
    navn         text        NOT NULL,
    leder        text,
    leder_tittel text,
    beskrivelse  text,
    oppgaver     text[]      NOT NULL DEFAULT '{}',
    malgrupper   text,
    samarbeidspartnere text,
    aktiv        boolean     NOT NULL DEFAULT true,
    versjon      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT avdeling_har_divisjon CHECK ((type = 'DIVISJON') = (overordnet_id IS NULL))
);
CREATE UNIQUE INDEX enhet_unik_navn ON enhet (etat_id, coalesce(overordnet_id, 0), lower(navn));

CREATE TABLE bruker (
    id            bigserial PRIMARY KEY,
    brukernavn    text        NOT NULL,
    navn          text        NOT NULL,
    passord_hash  text,
    rolle         text        NOT NULL CHECK (rolle IN ('HOD_SAKSBEHANDLER', 'HDIR_LEDER', 'ADMIN')),
    enhet_id      bigint      REFERENCES enhet (id),
    klarert       boolean     NOT NULL DEFAULT false,
    aktiv         boolean     NOT NULL DEFAULT true,
    epost         text,
    opprettet     timestamptz NOT NULL DEFAULT now(),
    versjon       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT leder_har_divisjon CHECK (rolle <> 'HDIR_LEDER' OR enhet_id IS NOT NULL)
);
CREATE UNIQUE INDEX bruker_unikt_brukernavn ON bruker (lower(brukernavn));

-- Failed logins per user name (also for names that do not exist, so the lock reveals nothing).
CREATE TABLE innloggingsforsok (
    brukernavn    text PRIMARY KEY,
    mislykket     integer     NOT NULL DEFAULT 0,
    sist_mislykket timestamptz,
    sperret_til   timestamptz
);

INSERT INTO etat (navn, kortnavn) VALUES ('Helsedirektoratet', 'Hdir'), ('Statens helsetilsyn', 'Htil');

-- Helsedirektoratet's divisions as named in its organisation description; the organisation import fills in the rest.
INSERT INTO enhet (etat_id, type, navn)
SELECT e.id, 'DIVISJON', d.navn
FROM etat e,
     (VALUES ('Divisjon folkehelse'),
             ('Divisjon helseøkonomi og finansiering'),
             ('Divisjon kompetanse og personell'),
             ('Divisjon primærhelsetjenester'),
             ('Divisjon spesialisthelsetjenester'),
             ('Divisjon utvikling og digitalisering')) AS d (navn)
WHERE e.navn = 'Helsedirektoratet';
