-- A line the letter lists under another ministry's frame («4.2 Arbeids- og sosialdepartementet»): the agency
-- administers it for that ministry, so it is shown apart and not counted in the ministry's own sums.
-- NULL for the ministry's own lines.
ALTER TABLE bevilgning ADD COLUMN departement text;
