-- Pile registry: tenants, tariffs, stations, piles, guns, and the transaction records piles hand
-- over (YKC 0x3B). Every business row carries its tenant. Instants are UTC (DATETIME(3), written
-- with UTC_TIMESTAMP(3) or from Java in UTC). Money and energy are integers with the unit in the
-- column name: ..._milli_fen_per_kwh = 0.00001 yuan/kWh, ..._deci_wh = 0.0001 kWh,
-- ..._centi_fen = 0.0001 yuan, ..._w = watts.

CREATE TABLE tenants (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    status      VARCHAR(16)  NOT NULL COMMENT 'ACTIVE or DISABLED',
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_tenants_status CHECK (status IN ('ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'operators (SaaS tenants)';

CREATE TABLE tariffs (
    id                                   BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id                            BIGINT       NOT NULL,
    name                                 VARCHAR(100) NOT NULL,
    model_no                             SMALLINT     NOT NULL COMMENT 'YKC billing model number 1..9999; a changed tariff gets a new one',
    sharp_electricity_milli_fen_per_kwh  BIGINT       NOT NULL,
    sharp_service_milli_fen_per_kwh      BIGINT       NOT NULL,
    peak_electricity_milli_fen_per_kwh   BIGINT       NOT NULL,
    peak_service_milli_fen_per_kwh       BIGINT       NOT NULL,
    flat_electricity_milli_fen_per_kwh   BIGINT       NOT NULL,
    flat_service_milli_fen_per_kwh       BIGINT       NOT NULL,
    valley_electricity_milli_fen_per_kwh BIGINT       NOT NULL,
    valley_service_milli_fen_per_kwh     BIGINT       NOT NULL,
    loss_ratio_percent                   SMALLINT     NOT NULL,
    slots                                CHAR(48)     NOT NULL COMMENT 'half-hour slots from 00:00, 0 sharp 1 peak 2 flat 3 valley',
    created_at                           DATETIME(3)  NOT NULL,
    updated_at                           DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_tariffs_tenant_model (tenant_id, model_no),
    CONSTRAINT fk_tariffs_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT ck_tariffs_model_no CHECK (model_no BETWEEN 1 AND 9999),
    CONSTRAINT ck_tariffs_slots CHECK (slots REGEXP '^[0-3]{48}$'),
    CONSTRAINT ck_tariffs_loss_ratio CHECK (loss_ratio_percent BETWEEN 0 AND 255)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'time-of-use tariffs as piles need them';

CREATE TABLE stations (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT        NOT NULL,
    external_id    VARCHAR(20)   NOT NULL COMMENT 'CEC StationID, stable for partner platforms',
    name           VARCHAR(100)  NOT NULL,
    country_code   CHAR(2)       NOT NULL,
    area_code      VARCHAR(20)   NOT NULL COMMENT 'GB/T 2260 administrative division code',
    address        VARCHAR(255)  NOT NULL,
    latitude       DECIMAL(10,7) NOT NULL COMMENT 'GCJ-02',
    longitude      DECIMAL(10,7) NOT NULL COMMENT 'GCJ-02',
    service_tel    VARCHAR(30)   NULL,
    station_type   SMALLINT      NOT NULL COMMENT 'CEC StationType: 1 public ... 255 other',
    park_nums      INT           NOT NULL COMMENT 'parking spaces usable for charging, 0 unknown',
    opening_hours  VARCHAR(100)  NOT NULL COMMENT 'CEC BusineHours text',
    parking_info   VARCHAR(100)  NULL COMMENT 'CEC ParkInfo: floor and spaces',
    fast_charging  BOOLEAN       NOT NULL,
    slow_charging  BOOLEAN       NOT NULL,
    has_dc         BOOLEAN       NOT NULL,
    has_ac         BOOLEAN       NOT NULL,
    owner_id       BIGINT        NULL COMMENT 'station owner (站长) party; NULL while the operator owns it',
    agent_id       BIGINT        NULL COMMENT 'agent (代理商) party, optional',
    tariff_id      BIGINT        NULL COMMENT 'tariff of every pile here without its own',
    status         VARCHAR(16)   NOT NULL COMMENT 'ACTIVE or DISABLED',
    created_at     DATETIME(3)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stations_tenant_external (tenant_id, external_id),
    CONSTRAINT fk_stations_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_stations_tariff FOREIGN KEY (tariff_id) REFERENCES tariffs (id),
    CONSTRAINT ck_stations_status CHECK (status IN ('ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'charging stations (sites)';

CREATE TABLE piles (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    station_id       BIGINT       NOT NULL,
    pile_no          CHAR(14)     NOT NULL COMMENT 'YKC pile number (BCD, 14 digits)',
    external_id      VARCHAR(23)  NOT NULL COMMENT 'CEC EquipmentID, stable for partner platforms',
    pile_type        VARCHAR(2)   NOT NULL COMMENT 'DC or AC',
    rated_power_w    INT          NOT NULL,
    gun_count        SMALLINT     NOT NULL,
    status           VARCHAR(16)  NOT NULL COMMENT 'ACTIVE or DISABLED (a disabled pile is refused at login)',
    tariff_id        BIGINT       NULL COMMENT 'overrides the station tariff when set',
    last_login_at    DATETIME(3)  NULL,
    last_seen_at     DATETIME(3)  NULL,
    protocol_version VARCHAR(16)  NULL,
    program_version  VARCHAR(32)  NULL,
    sim_iccid        VARCHAR(20)  NULL,
    online_node      VARCHAR(64)  NULL COMMENT 'edge node holding the connection, NULL when offline',
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_piles_pile_no (pile_no),
    UNIQUE KEY uk_piles_tenant_external (tenant_id, external_id),
    KEY idx_piles_station (station_id),
    CONSTRAINT fk_piles_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_piles_station FOREIGN KEY (station_id) REFERENCES stations (id),
    CONSTRAINT fk_piles_tariff FOREIGN KEY (tariff_id) REFERENCES tariffs (id),
    CONSTRAINT ck_piles_pile_no CHECK (pile_no REGEXP '^[0-9]{14}$'),
    CONSTRAINT ck_piles_type CHECK (pile_type IN ('DC', 'AC')),
    CONSTRAINT ck_piles_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_piles_gun_count CHECK (gun_count BETWEEN 1 AND 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'charging piles (CEC equipment)';

CREATE TABLE guns (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT      NOT NULL,
    pile_id        BIGINT      NOT NULL,
    gun_no         SMALLINT    NOT NULL COMMENT 'YKC gun number, 1..',
    external_id    VARCHAR(26) NOT NULL COMMENT 'CEC ConnectorID, printed in QR codes',
    connector_type SMALLINT    NOT NULL COMMENT 'CEC ConnectorType: 3 AC plug with cable, 4 DC gun with cable ...',
    max_power_w    INT         NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    updated_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_guns_pile_gun (pile_id, gun_no),
    UNIQUE KEY uk_guns_tenant_external (tenant_id, external_id),
    CONSTRAINT fk_guns_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_guns_pile FOREIGN KEY (pile_id) REFERENCES piles (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'guns (CEC connectors) of a pile';

CREATE TABLE transaction_records (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    trade_serial           CHAR(32)    NOT NULL COMMENT 'YKC trade serial: the idempotency key of a re-sent 0x3B',
    tenant_id              BIGINT      NOT NULL,
    pile_id                BIGINT      NOT NULL,
    pile_no                CHAR(14)    NOT NULL,
    gun_no                 SMALLINT    NOT NULL,
    started_at             DATETIME(3) NULL,
    ended_at               DATETIME(3) NULL,
    total_energy_deci_wh   BIGINT      NOT NULL,
    total_amount_centi_fen BIGINT      NOT NULL,
    stop_reason_code       INT         NOT NULL,
    record_json            JSON        NOT NULL COMMENT 'the TransactionRecorded event as received',
    received_at            DATETIME(3) NOT NULL COMMENT 'when the edge received the frame',
    created_at             DATETIME(3) NOT NULL COMMENT 'when the core committed it',
    PRIMARY KEY (id),
    UNIQUE KEY uk_transaction_records_trade_serial (trade_serial),
    KEY idx_transaction_records_pile (pile_id, received_at),
    KEY idx_transaction_records_tenant (tenant_id, received_at),
    CONSTRAINT fk_transaction_records_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_transaction_records_pile FOREIGN KEY (pile_id) REFERENCES piles (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
  COMMENT = 'pile bills (YKC 0x3B), stored once per trade serial before the pile gets its 0x40';
