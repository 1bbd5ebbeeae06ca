package io.chargeway.ykc.message.card;

import java.util.Objects;

import io.chargeway.ykc.field.PhysicalCardNo;

/**
 * One card's result in an offline card query reply (0x47): 9 bytes on the wire.
 *
 * @param physicalCardNo the card
 * @param stored         whether the pile holds it (0x01) or not (0x00)
 */
public record CardQueryResult(PhysicalCardNo physicalCardNo, boolean stored) {

    /** Rejects a missing card number. */
    public CardQueryResult {
        Objects.requireNonNull(physicalCardNo, "physicalCardNo");
    }
}
