-- Faults drivers report at a station (optionally naming a pile and gun), with photos. Photos are
-- stored here as blobs, at most a few per report and each under a size cap, with the image type
-- the platform recognised from the bytes themselves (never the client's word). Admins of the
-- tenant read reports and photos and close reports with a resolution.

CREATE TABLE fault_reports (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    station_id  BIGINT       NOT NULL,
    pile_no     CHAR(14)     NULL,
    gun_no      SMALLINT     NULL,
    category    VARCHAR(16)  NOT NULL COMMENT 'CANNOT_START, NO_POWER, DAMAGED, QR_CODE, PAYMENT, OCCUPIED, OTHER',
    description VARCHAR(500) NOT NULL,
    state       VARCHAR(8)   NOT NULL COMMENT 'OPEN or CLOSED',
    resolution  VARCHAR(500) NULL,
    closed_by   BIGINT       NULL COMMENT 'admin user who closed it',
    closed_at   DATETIME(3)  NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_fault_reports_tenant_state (tenant_id, state, id),
    KEY idx_fault_reports_station (station_id, id),
    KEY idx_fault_reports_member (member_id, id),
    CONSTRAINT fk_fault_reports_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT fk_fault_reports_member FOREIGN KEY (member_id) REFERENCES members (id),
    CONSTRAINT fk_fault_reports_station FOREIGN KEY (station_id) REFERENCES stations (id),
    CONSTRAINT ck_fault_reports_state CHECK (state IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_fault_reports_category CHECK (category IN ('CANNOT_START', 'NO_POWER', 'DAMAGED', 'QR_CODE', 'PAYMENT',
                                                             'OCCUPIED', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'faults reported by drivers';

CREATE TABLE fault_report_photos (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    report_id    BIGINT      NOT NULL,
    tenant_id    BIGINT      NOT NULL,
    content_type VARCHAR(16) NOT NULL COMMENT 'image/jpeg or image/png, recognised from the bytes',
    size_bytes   INT         NOT NULL,
    sha256       CHAR(64)    NOT NULL COMMENT 'hex digest; the same photo twice on a report is stored once',
    data         MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_fault_report_photos_digest (report_id, sha256),
    CONSTRAINT fk_fault_report_photos_report FOREIGN KEY (report_id) REFERENCES fault_reports (id) ON DELETE CASCADE,
    CONSTRAINT ck_fault_report_photos_type CHECK (content_type IN ('image/jpeg', 'image/png')),
    CONSTRAINT ck_fault_report_photos_size CHECK (size_bytes BETWEEN 1 AND 8388608)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'photos of fault reports';
