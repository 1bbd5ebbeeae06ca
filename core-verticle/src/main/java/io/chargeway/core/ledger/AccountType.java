package io.chargeway.core.ledger;

/**
 * The kinds of ledger accounts. Every account is one (tenant, type, owner) triple; the owner is
 * what {@link #owner()} says. Balances are in fen and follow one sign convention: a positive
 * balance is money the platform holds for the owner (or the owner's claim), a negative balance
 * is money owed to the platform or money that entered the system from outside. The whole ledger
 * therefore always sums to zero.
 */
public enum AccountType {
    /** A member's refundable money (top-ups). Never negative. */
    MEMBER_CASH(Owner.MEMBER),
    /** A member's gift money (bonuses). Never negative, never refunded. */
    MEMBER_GIFT(Owner.MEMBER),
    /** A member's frozen money, held for running orders. Never negative. */
    MEMBER_HOLD(Owner.MEMBER),
    /** What a member owes: zero or negative; a negative balance blocks the next start. */
    MEMBER_ARREARS(Owner.MEMBER),
    /** An operator's (tenant's) revenue from charging and occupancy fees. */
    OPERATOR_REVENUE(Owner.TENANT),
    /** A station owner's share of revenue (revenue split, later). */
    OWNER_SHARE(Owner.STATION_OWNER),
    /** An agent's share of revenue (revenue split, later). */
    AGENT_SHARE(Owner.AGENT),
    /** The platform's own revenue. */
    PLATFORM(Owner.NONE),
    /** What a partner platform owes us (our piles charged their members, CEC). */
    PARTNER_RECEIVABLE(Owner.PARTNER),
    /** What we owe a partner platform (our members charged on their piles, CEC). */
    PARTNER_PAYABLE(Owner.PARTNER),
    /** Money in transit through a payment channel (WeChat Pay, Alipay): negative by what came in. */
    PAYMENT_CLEARING(Owner.PAYMENT_CHANNEL),
    /** The counter-account of manual adjustments by an operator: negative by what was granted. */
    ADJUSTMENT(Owner.TENANT);

    private final Owner owner;

    AccountType(Owner owner) {
        this.owner = owner;
    }

    /** What the account's owner id refers to. */
    public Owner owner() {
        return owner;
    }

    /** What an account's owner id refers to. */
    public enum Owner {
        /** A member id. */
        MEMBER,
        /** A tenant (operator) id. */
        TENANT,
        /** A station owner id. */
        STATION_OWNER,
        /** An agent id. */
        AGENT,
        /** A partner platform id. */
        PARTNER,
        /** A payment channel id. */
        PAYMENT_CHANNEL,
        /** No owner: the id is 0. */
        NONE
    }
}
