-- A desk officer belongs to a department of the ministry (FHA, SHA, ...), as a division lead belongs to a division.
-- After V60, which creates the ministry departments.
ALTER TABLE bruker ADD COLUMN departementsavdeling_id bigint REFERENCES departementsavdeling (id);
ALTER TABLE bruker ADD CONSTRAINT leder_uten_departementsavdeling
    CHECK (rolle <> 'HDIR_LEDER' OR departementsavdeling_id IS NULL);
