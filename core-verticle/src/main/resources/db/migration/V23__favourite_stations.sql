-- Drivers' favourite stations. A favourite names a station of the member's own tenant; adding it
-- twice is a no-op. Instants are UTC DATETIME(3).

CREATE TABLE member_favourite_stations (
    member_id  BIGINT      NOT NULL,
    station_id BIGINT      NOT NULL,
    tenant_id  BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (member_id, station_id),
    KEY idx_member_favourite_stations_station (station_id),
    CONSTRAINT fk_member_favourite_stations_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_favourite_stations_station FOREIGN KEY (station_id) REFERENCES stations (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_favourite_stations_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'stations a driver marked as favourite';
