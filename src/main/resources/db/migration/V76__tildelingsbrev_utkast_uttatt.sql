-- The rows of a letter draft the admin took out on the review page, by position (JSON). They stay in the draft until it
-- is confirmed, so that taking one out can be undone without cancelling the import. Null: none taken out.
ALTER TABLE tildelingsbrev_utkast ADD COLUMN uttatt text;
