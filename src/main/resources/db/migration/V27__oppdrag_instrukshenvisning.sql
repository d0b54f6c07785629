-- An assignment's citations of instruction sections. The section belongs to one version of an agency's instruction
-- (instrukser module; no foreign key across modules), so a citation keeps pointing at the text it was made against
-- after a newer instruction replaces that one. Adding and removing a citation is recorded in oppdrag_historikk.
CREATE TABLE oppdrag_instrukshenvisning (
    id          bigserial   PRIMARY KEY,
    oppdrag_id  bigint      NOT NULL REFERENCES oppdrag (id),
    instruks_id bigint      NOT NULL,
    punkt       text        NOT NULL,
    opprettet   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (oppdrag_id, instruks_id, punkt)
);
CREATE INDEX oppdrag_instrukshenvisning_instruks ON oppdrag_instrukshenvisning (instruks_id);
