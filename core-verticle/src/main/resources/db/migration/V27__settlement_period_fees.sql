-- The money of a settled order per time-of-use period: electricity and service fee of each of
-- sharp, peak, flat and valley in fen. Each part is the period's exact amount rounded so that
-- the four periods add up to the settlement's electricity_fen and service_fen exactly (largest
-- remainder). NULL for orders settled before this version.

ALTER TABLE order_settlements
    ADD COLUMN sharp_electricity_fen  BIGINT NULL AFTER valley_deci_wh,
    ADD COLUMN sharp_service_fen      BIGINT NULL AFTER sharp_electricity_fen,
    ADD COLUMN peak_electricity_fen   BIGINT NULL AFTER sharp_service_fen,
    ADD COLUMN peak_service_fen       BIGINT NULL AFTER peak_electricity_fen,
    ADD COLUMN flat_electricity_fen   BIGINT NULL AFTER peak_service_fen,
    ADD COLUMN flat_service_fen       BIGINT NULL AFTER flat_electricity_fen,
    ADD COLUMN valley_electricity_fen BIGINT NULL AFTER flat_service_fen,
    ADD COLUMN valley_service_fen     BIGINT NULL AFTER valley_electricity_fen;
