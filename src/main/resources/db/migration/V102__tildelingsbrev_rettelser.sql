-- What the parser read from an uploaded letter, before the admin's corrections (JSON, as utkast): at confirm it is
-- compared with the corrected draft. Null for drafts uploaded before this.
ALTER TABLE tildelingsbrev_utkast
    ADD COLUMN tolket  text;

-- The admin's corrections of the parser at the letter's last confirmed import (JSON): a later import that reads the
-- same wrong value again proposes the correction instead of undoing it. Null: none known.
ALTER TABLE tildelingsbrev
    ADD COLUMN rettelser  text;
