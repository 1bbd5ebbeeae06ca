-- Members, their cards and vehicles, and the double-entry ledger that holds every fen.
-- Money columns are integer fen (..._fen). Instants are UTC DATETIME(3).
--
-- Ledger: an account is (tenant_id, account_type, owner_id); its balance_fen is kept in the same
-- transaction as the entries that change it, and the reconciliation command checks that it equals
-- the sum of its entries. A journal is one balanced movement, unique on (tenant_id, kind, reference)
-- so that a retried business step cannot move money twice. Entries name their account and journal
-- by natural key, so a batch of journals is written with multi-row inserts and no id round trips.

CREATE TABLE members (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT       NOT NULL,
    phone        VARCHAR(20)  NOT NULL,
    display_name VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL COMMENT 'ACTIVE or FROZEN (a frozen member cannot start)',
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_members_tenant_phone (tenant_id, phone),
    CONSTRAINT fk_members_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT ck_members_status CHECK (status IN ('ACTIVE', 'FROZEN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'drivers of an operator (app users)';

CREATE TABLE member_cards (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT      NOT NULL,
    member_id        BIGINT      NOT NULL,
    physical_card_no CHAR(16)    NOT NULL COMMENT 'card UID, 16 hex digits as piles report it (0x31, 0x3B)',
    logical_card_no  CHAR(16)    NOT NULL COMMENT 'number printed on the card, shown on the pile',
    created_at       DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_cards_physical (tenant_id, physical_card_no),
    KEY idx_member_cards_member (member_id),
    CONSTRAINT fk_member_cards_member FOREIGN KEY (member_id) REFERENCES members (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'charging cards bound to members';

CREATE TABLE member_vehicles (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    vin        CHAR(17)    NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_vehicles_vin (tenant_id, vin),
    KEY idx_member_vehicles_member (member_id),
    CONSTRAINT fk_member_vehicles_member FOREIGN KEY (member_id) REFERENCES members (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'vehicles bound to members (VIN start)';

CREATE TABLE ledger_accounts (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT      NOT NULL COMMENT '0 for platform-wide accounts',
    account_type VARCHAR(24) NOT NULL COMMENT 'MEMBER_CASH, MEMBER_GIFT, MEMBER_HOLD, MEMBER_ARREARS, OPERATOR_REVENUE, ...',
    owner_id     BIGINT      NOT NULL COMMENT 'member, tenant, owner, agent, partner or channel id by type; 0 for none',
    balance_fen  BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ledger_accounts_key (tenant_id, account_type, owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'typed ledger accounts and their balances';

CREATE TABLE ledger_journals (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    kind       VARCHAR(24)  NOT NULL COMMENT 'ADJUSTMENT, HOLD, HOLD_TOP_UP, HOLD_RELEASE, SETTLEMENT, OCCUPANCY_FEE',
    reference  VARCHAR(64)  NOT NULL COMMENT 'trade serial of the order, or the request id of an adjustment',
    memo       VARCHAR(255) NULL COMMENT 'reason of an adjustment',
    actor      VARCHAR(64)  NULL COMMENT 'who made an adjustment',
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ledger_journals_key (tenant_id, kind, reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'balanced money movements';

CREATE TABLE ledger_entries (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT      NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    reference    VARCHAR(64) NOT NULL,
    account_tenant_id BIGINT NOT NULL COMMENT 'tenant of the account (0 for platform-wide accounts)',
    account_type VARCHAR(24) NOT NULL,
    owner_id     BIGINT      NOT NULL,
    amount_fen   BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_ledger_entries_account (account_tenant_id, account_type, owner_id, id),
    KEY idx_ledger_entries_journal (tenant_id, kind, reference),
    CONSTRAINT fk_ledger_entries_journal FOREIGN KEY (tenant_id, kind, reference)
        REFERENCES ledger_journals (tenant_id, kind, reference),
    CONSTRAINT fk_ledger_entries_account FOREIGN KEY (account_tenant_id, account_type, owner_id)
        REFERENCES ledger_accounts (tenant_id, account_type, owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'ledger lines: per journal they sum to zero';
