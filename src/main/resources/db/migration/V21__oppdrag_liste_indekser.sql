-- Indexes for the assignment list (measured with OppdragBenchmark at 20 000 assignments).
-- The default order without a query: newest year first, then the natural order of the ids. With this index the first
-- page is read in order and stops after one page instead of sorting every row.
CREATE INDEX oppdrag_standardorden ON oppdrag (aar DESC, sort_prefiks, sort_nr, nokkel) WHERE NOT fjernet;
-- Counts per status of an unfiltered list come from the index alone (index-only scan), not from the wide rows.
CREATE INDEX oppdrag_status_aktiv ON oppdrag (status) WHERE NOT fjernet;
-- Lists of one year by status or division (the start page, a lead's own list).
CREATE INDEX oppdrag_aar_status ON oppdrag (aar, status) WHERE NOT fjernet;
