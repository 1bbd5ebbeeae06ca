package io.chargeway.ykc.message.charging;

/**
 * How a session was started (交易标识, 0x3B offset 141). The lookup never fails: a transaction
 * record must be settled whatever a firmware writes here, so unknown codes map to {@link #OTHER}
 * and the record keeps the raw code.
 */
public enum TransactionTrigger {
    /** Started from the app (remote start 0x34), code 0x01. */
    APP(0x01),
    /** Started by a card authorised online (0x31/0x32), code 0x02. */
    CARD(0x02),
    /** Started by a card authorised offline from the pile's card list, code 0x04. */
    OFFLINE_CARD(0x04),
    /** Started by the vehicle's VIN, code 0x05. */
    VIN(0x05),
    /** A code V1.6 does not define; the raw code is in the record. */
    OTHER(-1);

    private final int code;

    TransactionTrigger(int code) {
        this.code = code;
    }

    /** The wire code, or -1 for {@link #OTHER}. */
    public int code() {
        return code;
    }

    /** The trigger of a wire code, {@link #OTHER} if V1.6 does not define it. */
    public static TransactionTrigger ofCode(int code) {
        for (TransactionTrigger trigger : values()) {
            if (trigger.code == code) {
                return trigger;
            }
        }
        return OTHER;
    }
}
