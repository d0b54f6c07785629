-- Every change to a user: who made it (user name and display name as they were then), when, which field, from what
-- to what. Values are stored as the admin read them (a unit's name, not its id), so the log still says what was meant
-- after a unit is renamed. Never a password or its hash: a new password is the row «passord satt» alone. Append-only
-- (the trigger refuses updates and deletes); av_brukernavn is null for what the register did itself (a login lock).
CREATE TABLE bruker_endring (
    id             bigserial   PRIMARY KEY,
    bruker_id      bigint      NOT NULL REFERENCES bruker (id),
    tidspunkt      timestamptz NOT NULL DEFAULT now(),
    av_brukernavn  text,
    av_navn        text,
    felt           text        NOT NULL,
    fra            text,
    til            text
);
CREATE INDEX bruker_endring_bruker ON bruker_endring (bruker_id, tidspunkt DESC, id DESC);

CREATE FUNCTION bruker_endring_uforanderlig() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Endringsloggen for brukere kan ikke endres eller slettes.';
END
$$;
CREATE TRIGGER bruker_endring_bare_tillegg BEFORE UPDATE OR DELETE ON bruker_endring
    FOR EACH ROW EXECUTE FUNCTION bruker_endring_uforanderlig();
