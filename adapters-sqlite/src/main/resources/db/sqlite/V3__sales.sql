-- The sales ledger: one row per completed sale (method, amount as decimal text, masked keys), for
-- revenue reports. Sales completed before this table existed are not in it: their keys still count
-- as delivered, without a method or an amount.
CREATE TABLE sales (
    reference   TEXT    PRIMARY KEY,
    at          INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    method      TEXT    NOT NULL,
    amount      TEXT,
    currency    TEXT,
    masked_keys TEXT    NOT NULL,
    buyer       TEXT
) WITHOUT ROWID;
CREATE INDEX sales_at ON sales (at, reference);
