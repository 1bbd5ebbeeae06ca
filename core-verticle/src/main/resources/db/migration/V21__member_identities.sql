-- Drivers' outside login identities (WeChat mini-program openid) bound to members. Phone logins
-- need no row here: the member's phone is its identity.

CREATE TABLE member_identities (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    provider    VARCHAR(16)  NOT NULL COMMENT 'WECHAT',
    external_id VARCHAR(128) NOT NULL COMMENT 'the openid within the operator''s mini-program',
    union_id    VARCHAR(128) NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_identities_external (tenant_id, provider, external_id),
    KEY idx_member_identities_member (member_id),
    CONSTRAINT fk_member_identities_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT ck_member_identities_provider CHECK (provider IN ('WECHAT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'outside login identities of members';
