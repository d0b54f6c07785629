-- Where in its letter an entry comes from: the appendix of its type (Vedlegg I for KALENDER, Vedlegg III for
-- SAERSKILT) or the letter's own text (the 2025 layout's dated duties, the 2020 layout's budget and reporting
-- deadlines). Null for entries made by hand.
ALTER TABLE kalenderoppforing
    ADD COLUMN kilde text CHECK (kilde IN ('VEDLEGG', 'BREVETS_TEKST'));

-- Entries from the text were marked only by this remark; the source says it now, so the remark goes.
UPDATE kalenderoppforing
   SET kilde = 'BREVETS_TEKST', merknad = NULL
 WHERE brev_id IS NOT NULL AND merknad = 'Fra brevets tekst, ikke fra vedlegg I.';

-- The 2020 layout has no calendar appendices: all its entries are read from the letter's text.
UPDATE kalenderoppforing k
   SET kilde = 'BREVETS_TEKST'
  FROM tildelingsbrev b
 WHERE b.id = k.brev_id AND b.layout = '2020' AND k.kilde IS NULL;

UPDATE kalenderoppforing SET kilde = 'VEDLEGG' WHERE brev_id IS NOT NULL AND kilde IS NULL;

ALTER TABLE kalenderoppforing
    ADD CONSTRAINT kalender_kilde_for_brev CHECK ((brev_id IS NULL) = (kilde IS NULL));
