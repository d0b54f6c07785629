-- A confirmed instruction or organisation draft is kept, marked, until it expires with the other drafts (a day after
-- the upload), rather than deleted: a second confirm of it (two admins on the same review page) is then refused with
-- who confirmed it and when, instead of failing or importing again. As for letters (V80).
ALTER TABLE instruks_utkast
    ADD COLUMN bekreftet     timestamptz,
    ADD COLUMN bekreftet_av  text,
    ADD COLUMN instruks_id   bigint REFERENCES instruks (id) ON DELETE SET NULL;

ALTER TABLE organisasjon_utkast
    ADD COLUMN bekreftet     timestamptz,
    ADD COLUMN bekreftet_av  text;

-- Who withdrew a version is now kept by display name, as the pages name users elsewhere; earlier withdrawals get
-- the name of the user they were made by.
UPDATE instruks i
SET trukket_tilbake_av = (SELECT b.navn FROM bruker b WHERE b.brukernavn = i.trukket_tilbake_av ORDER BY b.id LIMIT 1)
WHERE i.trukket_tilbake_av IS NOT NULL
  AND EXISTS (SELECT 1 FROM bruker b WHERE b.brukernavn = i.trukket_tilbake_av);
