-- Keys made of codes and serials compare as bytes (utf8mb4_bin) instead of by the Unicode
-- collation (utf8mb4_unicode_ci). They hold enum names, trade serials, pile numbers and request
-- ids, whose letters are always written the same way, so nothing that was equal becomes unequal;
-- but every index search, insert and foreign key check on them walked the collation's weight
-- tables: about 7 % of the server's CPU in the order benchmark. A request id of an adjustment is
-- now matched with its exact letter case.
--
-- The ledger's foreign keys join kind, reference and account_type between three tables, whose
-- collations must be equal: they are dropped while the columns change, and added again (which
-- checks every entry against its journal and account once more).

ALTER TABLE ledger_entries
    DROP FOREIGN KEY fk_ledger_entries_journal,
    DROP FOREIGN KEY fk_ledger_entries_account;

ALTER TABLE ledger_accounts
    MODIFY account_type VARCHAR(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
        COMMENT 'MEMBER_CASH, MEMBER_GIFT, MEMBER_HOLD, MEMBER_ARREARS, OPERATOR_REVENUE, ...';

ALTER TABLE ledger_journals
    MODIFY kind VARCHAR(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
        COMMENT 'ADJUSTMENT, HOLD, HOLD_TOP_UP, HOLD_RELEASE, SETTLEMENT, OCCUPANCY_FEE',
    MODIFY reference VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
        COMMENT 'trade serial of the order, or the request id of an adjustment';

ALTER TABLE ledger_entries
    MODIFY kind VARCHAR(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY reference VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY account_type VARCHAR(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ADD CONSTRAINT fk_ledger_entries_journal FOREIGN KEY (tenant_id, kind, reference)
        REFERENCES ledger_journals (tenant_id, kind, reference),
    ADD CONSTRAINT fk_ledger_entries_account FOREIGN KEY (account_tenant_id, account_type, owner_id)
        REFERENCES ledger_accounts (tenant_id, account_type, owner_id);

ALTER TABLE charge_orders
    MODIFY trade_serial CHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
        COMMENT 'YKC trade serial: pile + gun + yyMMddHHmmss + counter',
    MODIFY pile_no CHAR(14) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY state VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE order_settlements
    MODIFY trade_serial CHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE transaction_records
    MODIFY trade_serial CHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
        COMMENT 'YKC trade serial: the idempotency key of a re-sent 0x3B',
    MODIFY pile_no CHAR(14) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE piles
    MODIFY pile_no CHAR(14) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'YKC pile number (BCD, 14 digits)';
