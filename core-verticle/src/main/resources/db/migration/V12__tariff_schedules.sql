-- Tariff scheduling and delivery: an operator schedules a tariff for a station (or one pile) from
-- a time on; a sweep makes it the effective tariff at that time (stations.tariff_id /
-- piles.tariff_id) and queues a push (YKC 0x58) to every pile concerned, retried until the pile
-- accepts it (0x57 success). A pile that was offline also gets it at its next login (0x05/0x09).

CREATE TABLE tariff_schedules (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT       NOT NULL,
    station_id     BIGINT       NOT NULL,
    pile_id        BIGINT       NULL COMMENT 'NULL: the whole station; else this pile only (override)',
    tariff_id      BIGINT       NOT NULL,
    effective_from DATETIME(3)  NOT NULL,
    state          VARCHAR(16)  NOT NULL COMMENT 'PENDING, APPLIED or CANCELLED',
    actor          VARCHAR(64)  NULL,
    created_at     DATETIME(3)  NOT NULL,
    applied_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_tariff_schedules_due (state, effective_from),
    KEY idx_tariff_schedules_station (tenant_id, station_id, effective_from),
    CONSTRAINT fk_tariff_schedules_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_tariff_schedules_station FOREIGN KEY (station_id) REFERENCES stations (id),
    CONSTRAINT fk_tariff_schedules_pile FOREIGN KEY (pile_id) REFERENCES piles (id),
    CONSTRAINT fk_tariff_schedules_tariff FOREIGN KEY (tariff_id) REFERENCES tariffs (id),
    CONSTRAINT ck_tariff_schedules_state CHECK (state IN ('PENDING', 'APPLIED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'tariffs taking effect at a set time';

CREATE TABLE tariff_pushes (
    pile_id         BIGINT       NOT NULL,
    tenant_id       BIGINT       NOT NULL,
    pile_no         CHAR(14)     NOT NULL,
    tariff_id       BIGINT       NOT NULL,
    model_no        SMALLINT     NOT NULL,
    state           VARCHAR(16)  NOT NULL COMMENT 'PENDING until the pile accepted it, then ACCEPTED',
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(3)  NOT NULL,
    last_error      VARCHAR(255) NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (pile_id),
    KEY idx_tariff_pushes_due (state, next_attempt_at),
    CONSTRAINT fk_tariff_pushes_pile FOREIGN KEY (pile_id) REFERENCES piles (id),
    CONSTRAINT fk_tariff_pushes_tariff FOREIGN KEY (tariff_id) REFERENCES tariffs (id),
    CONSTRAINT ck_tariff_pushes_state CHECK (state IN ('PENDING', 'ACCEPTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'the latest tariff each pile must install';
