-- What a purchase ticket's closing depends on, kept so a restart loses no deadline: the last time
-- someone wrote in it (idleness counts from there; tickets opened before V5 count from their opening),
-- when its purchase was delivered, when its buyer was warned that the idle ticket closes, and when the
-- channel of a closed ticket is to be deleted (NULL once deleted).
ALTER TABLE purchase_tickets ADD COLUMN last_activity_at INTEGER;
ALTER TABLE purchase_tickets ADD COLUMN delivered_at INTEGER;
ALTER TABLE purchase_tickets ADD COLUMN warned_at INTEGER;
ALTER TABLE purchase_tickets ADD COLUMN channel_delete_at INTEGER;
UPDATE purchase_tickets SET last_activity_at = opened_at;
CREATE INDEX purchase_tickets_channel_delete ON purchase_tickets (channel_delete_at)
    WHERE channel_delete_at IS NOT NULL;
