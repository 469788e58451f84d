-- The language each buyer reads (a language tag such as en-US or fil): the one they chose in the shop
-- (chosen = 1), else the one their Discord client last reported, so messages sent without an
-- interaction (a key delivered after an approval, an expiry reminder) are in it.
CREATE TABLE buyer_languages (
    buyer    TEXT    NOT NULL PRIMARY KEY,
    language TEXT    NOT NULL,
    chosen   INTEGER NOT NULL CHECK (chosen IN (0, 1))
) WITHOUT ROWID;
