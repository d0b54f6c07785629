-- A letter confirmed by mistake is withdrawn, not deleted: what it produced is taken out of the register through the
-- modules' import APIs (its assignments marked removed, with history), and the row stays with its original file and
-- its import log, so that importing the letter again finds it and brings the assignments back with their history.
ALTER TABLE tildelingsbrev
    ADD COLUMN trukket_tilbake    timestamptz,
    ADD COLUMN trukket_tilbake_av text;

-- The letter's log names withdrawals beside imports, so a withdrawal stays on record after the letter is imported again.
ALTER TABLE tildelingsbrev_import
    ADD COLUMN handling text NOT NULL DEFAULT 'IMPORT' CHECK (handling IN ('IMPORT', 'TRUKKET_TILBAKE'));
