-- A re-import may move a post's rows (a row inserted among them): the row numbers are unique once the letter is
-- written, not after each single update.
ALTER TABLE bevilgning DROP CONSTRAINT bevilgning_unik_rad,
    ADD CONSTRAINT bevilgning_unik_rad UNIQUE (brev_id, kapittel, post, nr) DEFERRABLE INITIALLY DEFERRED;
