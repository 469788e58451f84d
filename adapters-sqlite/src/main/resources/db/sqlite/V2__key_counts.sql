-- Key counts per type and status, kept by triggers in the same transaction as every change of
-- license_keys (also changes made by hand in the sqlite3 shell): statistics read a few rows instead
-- of counting the inventory.
CREATE TABLE key_counts (
    type   TEXT    NOT NULL,
    status TEXT    NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (type, status)
) WITHOUT ROWID;

INSERT INTO key_counts (type, status, n)
    SELECT type, status, count(*) FROM license_keys WHERE true GROUP BY type, status;

CREATE TRIGGER license_keys_count_insert AFTER INSERT ON license_keys
BEGIN
    INSERT INTO key_counts (type, status, n) VALUES (NEW.type, NEW.status, 1)
        ON CONFLICT (type, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER license_keys_count_delete AFTER DELETE ON license_keys
BEGIN
    UPDATE key_counts SET n = n - 1 WHERE type = OLD.type AND status = OLD.status;
END;

CREATE TRIGGER license_keys_count_update AFTER UPDATE OF type, status ON license_keys
    WHEN OLD.type IS NOT NEW.type OR OLD.status IS NOT NEW.status
BEGIN
    UPDATE key_counts SET n = n - 1 WHERE type = OLD.type AND status = OLD.status;
    INSERT INTO key_counts (type, status, n) VALUES (NEW.type, NEW.status, 1)
        ON CONFLICT (type, status) DO UPDATE SET n = n + 1;
END;
