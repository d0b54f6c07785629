-- The reporting calendar: entries from the letters' Vedlegg I (KALENDER) and Vedlegg III (SAERSKILT, recurring rows
-- expanded into one row per occurrence), and entries admins add by hand (brev_id NULL). Assignment deadlines are not
-- stored here: they are read from the oppdrag module.

CREATE TABLE kalenderoppforing (
    id             bigserial PRIMARY KEY,
    brev_id        bigint,
    -- identifies the row within its letter across re-imports (activity/subject and occurrence number)
    kilde_nokkel   text,
    aar            integer NOT NULL,
    etat_id        bigint  NOT NULL REFERENCES etat (id),
    type           text    NOT NULL CHECK (type IN ('KALENDER', 'SAERSKILT')),
    dato           date    NOT NULL,
    -- the letter gives no exact day (e.g. "2 ganger i året"): the date is an estimate until an admin sets it
    dato_anslatt   boolean NOT NULL DEFAULT false,
    tid            text,
    tittel         text    NOT NULL,
    merknad        text,
    naar_tekst     text,
    frekvens       text,
    -- changed by an admin: a re-import of the letter leaves the row alone
    manuelt_endret boolean NOT NULL DEFAULT false,
    -- removed by an admin; kept so that a re-import does not bring it back
    slettet        boolean NOT NULL DEFAULT false,
    endret_av      text,
    endret         timestamptz,
    versjon        bigint  NOT NULL DEFAULT 0,
    CONSTRAINT kalender_unik_kilde UNIQUE (brev_id, kilde_nokkel),
    CONSTRAINT kalender_kilde_fra_brev CHECK ((brev_id IS NULL) = (kilde_nokkel IS NULL))
);
CREATE INDEX kalenderoppforing_dato ON kalenderoppforing (dato) WHERE NOT slettet;

-- One secret feed address per user; a new one replaces (revokes) the old.
CREATE TABLE kalenderabonnement (
    bruker_id  bigint PRIMARY KEY,
    token      text        NOT NULL UNIQUE,
    opprettet  timestamptz NOT NULL DEFAULT now()
);

-- ShedLock's lock table (JDBC provider), so the daily reminder job runs on one instance only.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
