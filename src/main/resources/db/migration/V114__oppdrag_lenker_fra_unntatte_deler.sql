-- A reference or budget line that stands only in an exempt part of a partly exempt assignment is kept, flagged, for
-- cleared readers; before, the import dropped it for everyone. The public views leave flagged rows out, as they leave
-- out every row of a wholly exempt assignment (V74). Rows stored before came from public text only: they keep false.
ALTER TABLE oppdrag_referanse ADD COLUMN unntatt boolean NOT NULL DEFAULT false;
ALTER TABLE oppdrag_budsjett ADD COLUMN unntatt boolean NOT NULL DEFAULT false;

-- No other view or function reads these views; the columns stay as they were, so CREATE OR REPLACE suffices.
CREATE OR REPLACE VIEW oppdrag_referanse_offentlig AS
SELECT r.oppdrag_id, r.til_id FROM oppdrag_referanse r
JOIN oppdrag o ON o.id = r.oppdrag_id WHERE o.unntak <> 'WHOLE' AND NOT r.unntatt;

CREATE OR REPLACE VIEW oppdrag_budsjett_offentlig AS
SELECT b.oppdrag_id, b.kapittel, b.post FROM oppdrag_budsjett b
JOIN oppdrag o ON o.id = b.oppdrag_id WHERE o.unntak <> 'WHOLE' AND NOT b.unntatt;

-- The full views say which rows are exempt, for the cleared reader's page and for the one flag an uncleared reader
-- gets: that something is withheld, not what.
CREATE OR REPLACE VIEW oppdrag_referanse_full AS
SELECT r.oppdrag_id, r.til_id, r.unntatt FROM oppdrag_referanse r;

CREATE OR REPLACE VIEW oppdrag_budsjett_full AS
SELECT b.oppdrag_id, b.kapittel, b.post, b.unntatt FROM oppdrag_budsjett b;
