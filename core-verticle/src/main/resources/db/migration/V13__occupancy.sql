-- Occupancy (idle, 占位) fees: per-station rule, and one occupancy per order whose gun stayed
-- plugged after charging ended. The fee is charged when the gun is unplugged.

CREATE TABLE station_occupancy_rules (
    station_id         BIGINT      NOT NULL,
    tenant_id          BIGINT      NOT NULL,
    grace_minutes      INT         NOT NULL,
    fee_per_minute_fen BIGINT      NOT NULL,
    cap_fen            BIGINT      NOT NULL,
    updated_at         DATETIME(3) NOT NULL,
    PRIMARY KEY (station_id),
    CONSTRAINT fk_station_occupancy_rules_station FOREIGN KEY (station_id) REFERENCES stations (id),
    CONSTRAINT ck_station_occupancy_rules_values CHECK (grace_minutes BETWEEN 0 AND 1440 AND fee_per_minute_fen >= 0
                                                        AND cap_fen >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'occupancy fee rule per station';

CREATE TABLE order_occupancies (
    order_id           BIGINT      NOT NULL,
    tenant_id          BIGINT      NOT NULL,
    pile_no            CHAR(14)    NOT NULL,
    gun_no             SMALLINT    NOT NULL,
    charging_ended_at  DATETIME(3) NOT NULL,
    grace_minutes      INT         NOT NULL,
    fee_per_minute_fen BIGINT      NOT NULL,
    cap_fen            BIGINT      NOT NULL,
    state              VARCHAR(16) NOT NULL COMMENT 'OPEN while the gun stays plugged, then CLOSED',
    unplugged_at       DATETIME(3) NULL,
    fee_fen            BIGINT      NOT NULL,
    PRIMARY KEY (order_id),
    KEY idx_order_occupancies_gun (pile_no, gun_no, state),
    CONSTRAINT fk_order_occupancies_order FOREIGN KEY (order_id) REFERENCES charge_orders (id),
    CONSTRAINT ck_order_occupancies_state CHECK (state IN ('OPEN', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'guns left plugged after charging';
