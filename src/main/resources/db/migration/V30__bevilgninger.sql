-- Budget lines and authorisations as each allocation letter gives them. brev_id names the letter (table of the
-- tildelingsbrev module, deliberately without a foreign key); a re-import of the same letter replaces its rows.
-- A letter may give one post in several rows, each with its own amount and purpose (the 2025 letter has five rows
-- for 701.21); nr numbers them in letter order.

CREATE TABLE bevilgning (
    id                bigserial PRIMARY KEY,
    brev_id           bigint  NOT NULL,
    aar               integer NOT NULL,
    etat_id           bigint  NOT NULL REFERENCES etat (id),
    kapittel          integer NOT NULL CHECK (kapittel > 0),
    post              integer NOT NULL CHECK (post >= 0),
    nr                integer NOT NULL DEFAULT 1 CHECK (nr > 0),
    navn              text    NOT NULL DEFAULT '',
    belop             bigint,
    belop_forrige_aar bigint,
    inntekt           boolean NOT NULL,
    kommentar         text,
    CONSTRAINT bevilgning_unik_rad UNIQUE (brev_id, kapittel, post, nr)
);
CREATE INDEX bevilgning_etat_aar ON bevilgning (etat_id, aar, kapittel, post);

CREATE TABLE fullmakt (
    id         bigserial PRIMARY KEY,
    brev_id    bigint  NOT NULL,
    aar        integer NOT NULL,
    etat_id    bigint  NOT NULL REFERENCES etat (id),
    type       text    NOT NULL,
    tekst      text    NOT NULL,
    rekkefolge integer NOT NULL
);
CREATE INDEX fullmakt_etat_aar ON fullmakt (etat_id, aar);
CREATE INDEX fullmakt_brev ON fullmakt (brev_id);
