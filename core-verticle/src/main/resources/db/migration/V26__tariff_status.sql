-- Tariffs administered directly: a kind (STANDARD: one price all day; TIME_OF_USE: four periods
-- over 48 half-hour slots) and a status. A disabled tariff cannot be scheduled; a tariff in
-- effect or scheduled cannot be disabled, and its prices never change (create a new one).

ALTER TABLE tariffs
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'TIME_OF_USE' COMMENT 'STANDARD or TIME_OF_USE' AFTER name,
    ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE' COMMENT 'ACTIVE or DISABLED' AFTER slots,
    ADD CONSTRAINT ck_tariffs_kind CHECK (kind IN ('STANDARD', 'TIME_OF_USE')),
    ADD CONSTRAINT ck_tariffs_status CHECK (status IN ('ACTIVE', 'DISABLED'));
