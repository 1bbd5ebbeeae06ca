package io.chargeway.ykc.message.card;

import java.util.Objects;

import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.PhysicalCardNo;

/**
 * One card of an offline card sync (0x44): 16 bytes on the wire.
 *
 * @param logicalCardNo  the number printed on the card (8, BCD)
 * @param physicalCardNo the card UID (8, BIN)
 */
public record OfflineCard(LogicalCardNo logicalCardNo, PhysicalCardNo physicalCardNo) {

    /** Rejects missing numbers. */
    public OfflineCard {
        Objects.requireNonNull(logicalCardNo, "logicalCardNo");
        Objects.requireNonNull(physicalCardNo, "physicalCardNo");
    }
}
