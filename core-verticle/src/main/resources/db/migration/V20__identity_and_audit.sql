-- Admin identities, roles and permissions (RBAC), refresh tokens and the audit log of admin
-- writes. Platform admins have tenant_id NULL; every other row carries its tenant. Instants are
-- UTC DATETIME(3).

CREATE TABLE permissions (
    code        VARCHAR(32)  NOT NULL COMMENT 'resource:verb, e.g. station:write',
    description VARCHAR(200) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'the permission catalogue; routes name one each';

CREATE TABLE roles (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT      NULL COMMENT 'NULL for the system roles every tenant may use',
    code       VARCHAR(32) NULL COMMENT 'system role code; NULL for tenant roles',
    name       VARCHAR(64) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_roles_code (code),
    KEY idx_roles_tenant (tenant_id),
    CONSTRAINT fk_roles_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'roles: system ones and tenant-defined ones';

CREATE TABLE role_permissions (
    role_id         BIGINT      NOT NULL,
    permission_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (role_id, permission_code),
    CONSTRAINT fk_role_permissions_role FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_permissions_permission FOREIGN KEY (permission_code) REFERENCES permissions (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE admin_users (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT       NULL COMMENT 'NULL for platform admins',
    username            VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(100) NOT NULL COMMENT 'bcrypt ($2a$, cost in the hash)',
    display_name        VARCHAR(64)  NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    failed_attempts     INT          NOT NULL DEFAULT 0 COMMENT 'wrong passwords since the last success',
    locked_until        DATETIME(3)  NULL COMMENT 'set after too many wrong passwords',
    password_changed_at DATETIME(3)  NOT NULL,
    last_login_at       DATETIME(3)  NULL,
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_admin_users_username (username),
    KEY idx_admin_users_tenant (tenant_id),
    CONSTRAINT fk_admin_users_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'admin console accounts';

CREATE TABLE admin_user_roles (
    user_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, role_id),
    KEY idx_admin_user_roles_role (role_id),
    CONSTRAINT fk_admin_user_roles_user FOREIGN KEY (user_id) REFERENCES admin_users (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_user_roles_role FOREIGN KEY (role_id) REFERENCES roles (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE refresh_tokens (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash   CHAR(64)    NOT NULL COMMENT 'SHA-256 hex of the opaque token; the token itself is never stored',
    family_id    CHAR(32)    NOT NULL COMMENT 'one login; a reused token revokes its whole family',
    subject_kind VARCHAR(8)  NOT NULL COMMENT 'ADMIN or DRIVER',
    subject_id   BIGINT      NOT NULL,
    tenant_id    BIGINT      NULL,
    expires_at   DATETIME(3) NOT NULL,
    used_at      DATETIME(3) NULL COMMENT 'rotated: traded for a new token',
    revoked_at   DATETIME(3) NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_refresh_tokens_hash (token_hash),
    KEY idx_refresh_tokens_family (family_id),
    KEY idx_refresh_tokens_subject (subject_kind, subject_id),
    CONSTRAINT ck_refresh_tokens_kind CHECK (subject_kind IN ('ADMIN', 'DRIVER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'refresh tokens, rotated on every use';

CREATE TABLE audit_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT       NULL COMMENT 'the actor tenant; NULL for platform admins',
    actor_kind     VARCHAR(9)   NOT NULL,
    actor_id       BIGINT       NOT NULL COMMENT '0 for anonymous login attempts',
    operation      VARCHAR(64)  NOT NULL COMMENT 'OpenAPI operationId or identity event',
    method         VARCHAR(8)   NOT NULL,
    path           VARCHAR(255) NOT NULL,
    status         INT          NOT NULL COMMENT 'HTTP status of the answer',
    error_code     VARCHAR(32)  NULL,
    input_json     JSON         NULL COMMENT 'validated input with secrets masked',
    remote_address VARCHAR(64)  NOT NULL,
    user_agent     VARCHAR(255) NULL,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_audit_log_tenant_time (tenant_id, created_at),
    KEY idx_audit_log_actor (actor_kind, actor_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'who changed what, when, from where';

INSERT INTO permissions (code, description) VALUES
    ('tenant:read', 'see tenants (a tenant admin sees its own)'),
    ('tenant:write', 'create, change and disable tenants (platform only)'),
    ('station:read', 'see stations'),
    ('station:write', 'create, change and disable stations'),
    ('pile:read', 'see piles, guns and their live state'),
    ('pile:write', 'register, change and disable piles and guns'),
    ('pile:command', 'send remote commands to piles'),
    ('tariff:read', 'see tariffs'),
    ('tariff:write', 'create, assign, schedule and push tariffs'),
    ('member:read', 'see members and wallets'),
    ('member:write', 'disable members'),
    ('member:balance', 'adjust member balances'),
    ('order:read', 'see orders'),
    ('order:export', 'export orders as CSV'),
    ('alarm:read', 'see alarms and faults'),
    ('user:read', 'see admin accounts'),
    ('user:write', 'create and change admin accounts'),
    ('role:read', 'see roles and permissions'),
    ('role:write', 'create and change roles'),
    ('audit:read', 'read the audit log');

INSERT INTO roles (tenant_id, code, name, created_at, updated_at) VALUES
    (NULL, 'PLATFORM_ADMIN', 'Platform admin', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    (NULL, 'TENANT_ADMIN', 'Operator admin', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    (NULL, 'STATION_OWNER', 'Station owner', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    (NULL, 'AGENT', 'Agent', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    (NULL, 'FINANCE', 'Finance', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
    (NULL, 'READ_ONLY', 'Read-only operator', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

INSERT INTO role_permissions (role_id, permission_code)
SELECT r.id, p.code FROM roles r JOIN permissions p
WHERE r.code = 'PLATFORM_ADMIN'
   OR (r.code = 'TENANT_ADMIN' AND p.code <> 'tenant:write')
   OR (r.code = 'STATION_OWNER' AND p.code IN ('station:read', 'station:write', 'pile:read', 'pile:write', 'pile:command',
                                              'tariff:read', 'tariff:write', 'order:read', 'order:export', 'alarm:read'))
   OR (r.code = 'AGENT' AND p.code IN ('station:read', 'pile:read', 'tariff:read', 'order:read', 'alarm:read'))
   OR (r.code = 'FINANCE' AND p.code IN ('station:read', 'member:read', 'member:balance', 'order:read', 'order:export',
                                        'tariff:read', 'audit:read'))
   OR (r.code = 'READ_ONLY' AND p.code LIKE '%:read');
