-- A confirmed letter draft is kept, marked, until it expires with the other drafts (a day after the upload), rather
-- than deleted: a second confirm of the same draft (two admins on the same review page) is then refused with who
-- confirmed it and when, instead of finding nothing or running the import again. The file and the draft are cleared
-- at confirm; the letter holds them.
ALTER TABLE tildelingsbrev_utkast
    ADD COLUMN bekreftet     timestamptz,
    ADD COLUMN bekreftet_av  text,
    ADD COLUMN brev_id       bigint REFERENCES tildelingsbrev (id) ON DELETE SET NULL;
