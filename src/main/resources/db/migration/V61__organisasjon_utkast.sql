-- An uploaded organisation description waiting for an admin's review. Confirming merges it into the tree and deletes
-- the draft; cancelling deletes it.
CREATE TABLE organisasjon_utkast (
    id            uuid        PRIMARY KEY,
    etat_id       bigint      NOT NULL REFERENCES etat (id),
    filnavn       text        NOT NULL,
    fil           bytea       NOT NULL,
    opprettet_av  text        NOT NULL,
    opprettet     timestamptz NOT NULL DEFAULT now()
);
