package io.chargeway.core.ledger;

import java.util.Objects;

/**
 * The natural key of a ledger account (unique in {@code ledger_accounts}).
 *
 * @param tenantId the operator the account belongs to (0 for platform-wide accounts)
 * @param type     the kind of account
 * @param ownerId  the owner, as {@link AccountType#owner()} says (0 when none)
 */
public record AccountKey(long tenantId, AccountType type, long ownerId) implements Comparable<AccountKey> {

    /** Validates the parts. */
    public AccountKey {
        Objects.requireNonNull(type, "type");
        if (tenantId < 0 || ownerId < 0) {
            throw new IllegalArgumentException("tenant and owner ids must not be negative");
        }
    }

    /** One of a member's four accounts. */
    public static AccountKey member(long tenantId, AccountType type, long memberId) {
        if (type.owner() != AccountType.Owner.MEMBER) {
            throw new IllegalArgumentException(type + " is not a member account");
        }
        return new AccountKey(tenantId, type, memberId);
    }

    /** A tenant's revenue account. */
    public static AccountKey operatorRevenue(long tenantId) {
        return new AccountKey(tenantId, AccountType.OPERATOR_REVENUE, tenantId);
    }

    /** A tenant's adjustment counter-account. */
    public static AccountKey adjustments(long tenantId) {
        return new AccountKey(tenantId, AccountType.ADJUSTMENT, tenantId);
    }

    /** Orders keys so that every transaction locks accounts in the same order (no deadlocks). */
    @Override
    public int compareTo(AccountKey o) {
        int c = Long.compare(tenantId, o.tenantId);
        if (c == 0) {
            c = type.compareTo(o.type);
        }
        return c != 0 ? c : Long.compare(ownerId, o.ownerId);
    }
}
