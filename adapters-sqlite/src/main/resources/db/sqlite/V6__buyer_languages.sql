-- The language each buyer's Discord client last reported (a language tag such as en-US), so messages
-- sent without an interaction (a key delivered after an approval, an expiry reminder) are in it.
CREATE TABLE buyer_languages (
    buyer    TEXT NOT NULL PRIMARY KEY,
    language TEXT NOT NULL
) WITHOUT ROWID;
