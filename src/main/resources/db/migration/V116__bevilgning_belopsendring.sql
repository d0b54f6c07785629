-- A budget line's amount as a new version of its letter changed it: the line is updated in place, so its page and
-- API could not tell that it changed. Kept here, in the appropriations' own data (the letter's import history in
-- tildelingsbrev_import_budsjettlinje belongs to another module). brev_id names the letter, as bevilgning.brev_id
-- does, without a foreign key. Amounts in 1 000 kr, null where the letter printed none. Budget lines carry no
-- exemption (offl. § 22 covers assignments), and nothing here is more than the letter's import history shows everyone.
CREATE TABLE bevilgning_belopsendring (
    id             bigserial   PRIMARY KEY,
    bevilgning_id  bigint      NOT NULL REFERENCES bevilgning (id) ON DELETE CASCADE,
    brev_id        bigint      NOT NULL,
    belop_fra      bigint,
    belop_til      bigint,
    endret         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bevilgning_belopsendring_linje ON bevilgning_belopsendring (bevilgning_id, endret);
