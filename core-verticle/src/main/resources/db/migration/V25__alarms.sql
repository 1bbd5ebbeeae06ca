-- Alarms of piles, kept from the pile event feed: a fault of a gun (0x13 fault word, 0x03 fault
-- flag) raised and cleared, and a pile that went offline unexpectedly. At most one OPEN alarm per
-- pile, gun and code (open_flag is 1 while OPEN, NULL after, so the unique key ignores cleared
-- ones). alarm_sources keeps the time of the newest event applied per pile, gun and kind, so a
-- late event that arrives after a newer one changes nothing.

CREATE TABLE alarms (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    station_id       BIGINT       NOT NULL,
    pile_id          BIGINT       NOT NULL,
    pile_no          CHAR(14)     NOT NULL,
    gun_no           SMALLINT     NOT NULL COMMENT '0 for the pile itself',
    kind             VARCHAR(8)   NOT NULL COMMENT 'FAULT or OFFLINE',
    code             VARCHAR(64)  NOT NULL COMMENT 'the fault name as the edge reports it, or PILE_OFFLINE',
    detail           VARCHAR(255) NULL,
    state            VARCHAR(8)   NOT NULL COMMENT 'OPEN or CLEARED',
    raised_at        DATETIME(3)  NOT NULL,
    cleared_at       DATETIME(3)  NULL,
    acknowledged_at  DATETIME(3)  NULL,
    acknowledged_by  BIGINT       NULL COMMENT 'admin user',
    acknowledge_note VARCHAR(255) NULL,
    created_at       DATETIME(3)  NOT NULL,
    open_flag        TINYINT      AS (IF(state = 'OPEN', 1, NULL)) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_alarms_open (pile_id, gun_no, code, open_flag),
    KEY idx_alarms_tenant_state (tenant_id, state, raised_at),
    KEY idx_alarms_station (station_id, raised_at),
    CONSTRAINT fk_alarms_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_alarms_pile FOREIGN KEY (pile_id) REFERENCES piles (id),
    CONSTRAINT ck_alarms_state CHECK (state IN ('OPEN', 'CLEARED')),
    CONSTRAINT ck_alarms_kind CHECK (kind IN ('FAULT', 'OFFLINE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'pile faults and unexpected disconnections';

CREATE TABLE alarm_sources (
    pile_id       BIGINT      NOT NULL,
    gun_no        SMALLINT    NOT NULL,
    kind          VARCHAR(8)  NOT NULL,
    tenant_id     BIGINT      NOT NULL,
    last_event_at DATETIME(3) NOT NULL,
    PRIMARY KEY (pile_id, gun_no, kind),
    CONSTRAINT fk_alarm_sources_pile FOREIGN KEY (pile_id) REFERENCES piles (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'newest event applied per alarm source';
