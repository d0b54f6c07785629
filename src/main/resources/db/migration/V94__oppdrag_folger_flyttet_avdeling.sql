-- A department moved to another division used to leave the assignments routed to it with the old division: a
-- combination that no longer existed, kept by the old division's leads and never seen by the new one's. They follow
-- the department now (the oppdrag module hears AvdelingFlyttet). This moves those left behind by earlier moves to the
-- division their department is in, each with a routing row in its history that says why. Running it again finds none.
WITH etterlatt AS (
    SELECT o.id, o.divisjon_id AS fra, e.overordnet_id AS til, e.navn AS avdeling
    FROM oppdrag o JOIN enhet e ON e.id = o.avdeling_id
    WHERE e.overordnet_id IS NOT NULL AND o.divisjon_id IS DISTINCT FROM e.overordnet_id
), flyttet AS (
    UPDATE oppdrag o SET divisjon_id = etterlatt.til, versjon = o.versjon + 1, endret = now()
    FROM etterlatt WHERE o.id = etterlatt.id
    RETURNING o.id
)
INSERT INTO oppdrag_historikk (oppdrag_id, bruker_navn, type, felt, fra, til, notat)
SELECT etterlatt.id, 'Registeret', 'RUTING', 'divisjon', fra.navn, til.navn,
       'Omorganisering: avdelingen ' || etterlatt.avdeling || ' var flyttet til ' || til.navn
           || ', og oppdraget fulgte etter da registeret ble oppdatert.'
FROM etterlatt
JOIN flyttet ON flyttet.id = etterlatt.id
JOIN enhet til ON til.id = etterlatt.til
LEFT JOIN enhet fra ON fra.id = etterlatt.fra
ORDER BY etterlatt.id;
