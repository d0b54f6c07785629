-- A search across the register classes its matches as title matches through these (OppdragLeser.rang): the title
-- matches are found once through the index instead of reading every matching row's title vector (measured with
-- bench/run.sh at 20 000 assignments: a common word's search a third faster with the id classing done the same way).
CREATE INDEX oppdrag_sok_tittel_offentlig ON oppdrag USING gin (sok_tittel_offentlig);
CREATE INDEX oppdrag_sok_tittel_full ON oppdrag USING gin (sok_tittel_full);
