-- When an admin edits a letter's calendar entry, the calendar must not attribute the new date to the letter: what the
-- letter itself gave is kept here, filled on the first edit by hand (KalenderRepository.endreManuelt). Entries
-- edited before this migration have none (what the letter said was overwritten) and show only who changed them, when.
ALTER TABLE kalenderoppforing
    ADD COLUMN brevets_dato         date,
    ADD COLUMN brevets_dato_anslatt boolean,
    ADD COLUMN brevets_tid          text,
    ADD COLUMN brevets_tittel       text;
