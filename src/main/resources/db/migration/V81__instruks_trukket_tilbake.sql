-- An instruction version imported by mistake is withdrawn, not deleted: hidden from readers (lists, the version in
-- force, search), kept for admins with who withdrew it and when, and can be put back. The row stays so that the same
-- agency, title and dates imported again find it (the unique index) and the original file is kept.
ALTER TABLE instruks
    ADD COLUMN trukket_tilbake    timestamptz,
    ADD COLUMN trukket_tilbake_av text;
