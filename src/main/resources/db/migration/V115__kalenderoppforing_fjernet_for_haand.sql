-- An entry removed by hand is kept, marked, whether it came from a letter or was made by hand, so that an admin can
-- find it under «Fjernet for hånd» and put it back (KalenderRepository.slettManuelt, gjenopprett). Who removed it and
-- when are kept apart from who last edited it, so a restored entry still says the edit it had; whether it had one is
-- kept too, since removing marks every entry as changed by hand (a re-import of the letter then leaves it out).
ALTER TABLE kalenderoppforing
    ADD COLUMN fjernet_av           text,
    ADD COLUMN fjernet              timestamptz,
    ADD COLUMN endret_for_fjerning  boolean,
    ADD COLUMN brev_trukket_tilbake boolean NOT NULL DEFAULT false;

-- Removed before this migration: the removal overwrote who edited and when, so those are taken as the removal's. Only
-- an edit that kept the letter's own day (V113) is known to have been one.
UPDATE kalenderoppforing
   SET fjernet_av = endret_av, fjernet = endret, endret_for_fjerning = brev_id IS NOT NULL AND brevets_dato IS NOT NULL
 WHERE slettet;

-- The entries of a letter withdrawn before this migration: what an admin removed from a letter no longer in force is
-- not offered back (KalenderImport.withdraw marks them from now on; importing the letter again clears the mark).
UPDATE kalenderoppforing k
   SET brev_trukket_tilbake = true
  FROM tildelingsbrev b
 WHERE k.brev_id = b.id AND b.trukket_tilbake IS NOT NULL;
