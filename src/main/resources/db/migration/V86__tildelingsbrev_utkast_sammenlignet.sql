-- What a letter draft's review was computed against: the letter it would update (none: a new letter) and that
-- letter's version, as the admin last saw the review page. A confirm after another import of the letter is refused
-- until the review is looked at again, so that a stale page cannot silently undo another admin's import.
-- sammenlignet is null for drafts uploaded before this: those are not checked.
ALTER TABLE tildelingsbrev_utkast
    ADD COLUMN sammenlignet          timestamptz,
    ADD COLUMN sammenlignet_brev_id  bigint,
    ADD COLUMN sammenlignet_versjon  bigint;

-- Who imported the letter last, as the pages name users (the display name; importert_av is the user name).
ALTER TABLE tildelingsbrev
    ADD COLUMN importert_av_navn  text;
