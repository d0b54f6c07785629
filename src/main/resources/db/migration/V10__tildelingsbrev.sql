-- Allocation letters: the original file, what it is, and every import of it.

CREATE TABLE tildelingsbrev (
    id            bigserial PRIMARY KEY,
    etat_id       bigint      NOT NULL REFERENCES etat (id),
    aar           integer     NOT NULL CHECK (aar BETWEEN 1990 AND 2200),
    type          text        NOT NULL CHECK (type IN ('MAIN', 'SUPPLEMENTARY')),
    layout        text        NOT NULL,
    filnavn       text        NOT NULL,
    format        text        NOT NULL,
    fil           bytea       NOT NULL,
    sha256        text        NOT NULL,
    -- Official ids of its assignments, to recognise a corrected supplementary letter.
    oppdrag_ider  text[]      NOT NULL DEFAULT '{}',
    importert     timestamptz NOT NULL DEFAULT now(),
    importert_av  text        NOT NULL,
    versjon       bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tildelingsbrev_ett_hovedbrev ON tildelingsbrev (etat_id, aar) WHERE type = 'MAIN';

-- The main goals (or areas) of a letter, with steering parameters and key figures.
CREATE TABLE tildelingsbrev_mal (
    brev_id             bigint  NOT NULL REFERENCES tildelingsbrev (id) ON DELETE CASCADE,
    nummer              text    NOT NULL,
    tittel              text    NOT NULL,
    styringsparametere  text[]  NOT NULL DEFAULT '{}',
    nokkeltall          text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (brev_id, nummer)
);

-- Every import of a letter, with what it changed and what looked odd.
CREATE TABLE tildelingsbrev_import (
    id          bigserial PRIMARY KEY,
    brev_id     bigint      NOT NULL REFERENCES tildelingsbrev (id) ON DELETE CASCADE,
    tidspunkt   timestamptz NOT NULL DEFAULT now(),
    bruker      text        NOT NULL,
    filnavn     text        NOT NULL,
    sha256      text        NOT NULL,
    lagt_til    integer     NOT NULL,
    endret      integer     NOT NULL,
    fjernet     integer     NOT NULL,
    uendret     integer     NOT NULL,
    advarsler   text[]      NOT NULL DEFAULT '{}'
);

-- An upload waiting for the admin to review and confirm it. Removed on confirm or cancel.
CREATE TABLE tildelingsbrev_utkast (
    id          uuid        PRIMARY KEY,
    opprettet   timestamptz NOT NULL DEFAULT now(),
    bruker      text        NOT NULL,
    filnavn     text        NOT NULL,
    format      text        NOT NULL,
    fil         bytea       NOT NULL,
    sha256      text        NOT NULL,
    utkast      text        NOT NULL
);
