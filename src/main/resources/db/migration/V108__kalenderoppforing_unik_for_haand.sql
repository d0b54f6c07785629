-- An entry made by hand is refused when the calendar has one with the same agency, kind, day, time and title
-- (KalenderAdministrasjon); this index keeps that rule when two requests pass the check at the same instant. It covers
-- the entries made by hand only: two letters may well name the same entry (the calendar shows it once), and a
-- re-import must not fail on it.

-- Entries made by hand that already repeat an older one are kept: nothing an admin typed is deleted or hidden. They
-- are marked and left out of the index, and show as before, so an admin can remove them; changing one brings it under
-- the rule again (KalenderRepository.endreManuelt clears the mark).
ALTER TABLE kalenderoppforing
    ADD COLUMN tidligere_dublett boolean NOT NULL DEFAULT false;

UPDATE kalenderoppforing k
   SET tidligere_dublett = true
 WHERE k.brev_id IS NULL AND NOT k.slettet
   AND EXISTS (SELECT 1
                 FROM kalenderoppforing eldre
                WHERE eldre.brev_id IS NULL AND NOT eldre.slettet
                  AND eldre.etat_id = k.etat_id AND eldre.type = k.type AND eldre.dato = k.dato
                  AND eldre.tid IS NOT DISTINCT FROM k.tid AND eldre.tittel = k.tittel
                  AND eldre.id < k.id);

-- The title as saved (stripped, compared exactly, as the check compares it); no time is the same as no time.
CREATE UNIQUE INDEX kalenderoppforing_for_haand_unik
    ON kalenderoppforing (etat_id, type, dato, coalesce(tid, ''), tittel)
    WHERE brev_id IS NULL AND NOT slettet AND NOT tidligere_dublett;
