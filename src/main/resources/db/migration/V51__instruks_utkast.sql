-- An uploaded instruction waiting for an admin's review. Confirming stores it as a version and deletes the draft;
-- cancelling deletes it. Nothing else reads it.
CREATE TABLE instruks_utkast (
    id            uuid        PRIMARY KEY,
    filnavn       text        NOT NULL,
    fil           bytea       NOT NULL,
    opprettet_av  text        NOT NULL,
    opprettet     timestamptz NOT NULL DEFAULT now()
);
