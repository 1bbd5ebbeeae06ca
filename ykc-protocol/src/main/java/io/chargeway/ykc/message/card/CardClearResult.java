package io.chargeway.ykc.message.card;

import java.util.Objects;

import io.chargeway.ykc.field.PhysicalCardNo;

/**
 * One card's result in an offline card clear reply (0x45): 10 bytes on the wire.
 *
 * @param physicalCardNo the card
 * @param cleared        whether the pile removed it (flag 0x01)
 * @param failureCode    why not (see {@link #describeFailure(int)}); 0x00 when cleared
 */
public record CardClearResult(PhysicalCardNo physicalCardNo, boolean cleared, int failureCode) {

    /** Rejects a missing card number. */
    public CardClearResult {
        Objects.requireNonNull(physicalCardNo, "physicalCardNo");
    }

    /** The failure reason in words. */
    public String failureReason() {
        return describeFailure(failureCode);
    }

    /**
     * The meaning of a 0x45 failure code; never fails. The document's list contradicts itself
     * (open point 14): 0x00 and 0x02 both appear as "cleared".
     */
    public static String describeFailure(int code) {
        return switch (code) {
            case 0x00 -> "none";
            case 0x01 -> "card number format error";
            case 0x02 -> "cleared (older wording of the document)";
            default -> String.format("unknown failure 0x%02X", code);
        };
    }
}
