package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;

/**
 * A billing model (计费模型), the 90-byte body shared by 0x0A (response to the pile's request) and
 * 0x58 (pushed by the platform), reference section 4:
 * <pre>
 * | pile no (7, BCD) | model no (2, BCD) |
 * | sharp electricity (4, LE) | sharp service (4, LE) | peak electricity | peak service |
 * | flat electricity | flat service | valley electricity | valley service |   (prices x10^-5 yuan/kWh)
 * | loss ratio (1, %) | tier of each half hour (48 x 1): byte 42 = 00:00-00:30 ... byte 89 = 23:30-24:00 |
 * </pre>
 *
 * @param pileNo           the pile number
 * @param billingModelNo   the model number (version) the pile will report in 0x05
 * @param tierPrices       exactly four prices in tier order: sharp, peak, flat, valley
 * @param lossRatioPercent the loss ratio (计损比例, reference 2.2), 0 in practice
 * @param slotTiers        exactly 48 tiers, one per half hour from 00:00
 */
public record BillingModel(PileNo pileNo, BillingModelNo billingModelNo, List<TierPrice> tierPrices, int lossRatioPercent,
                           List<Tier> slotTiers) {

    /** Bytes on the wire. */
    public static final int LENGTH = 90;
    /** Half-hour slots in a day. */
    public static final int SLOTS = 48;

    private static final int MODEL_NO = 7;
    private static final int PRICES = 9;
    private static final int PRICE_LENGTH = 4;
    private static final int LOSS_RATIO = 41;
    private static final int SLOT_TIERS = 42;
    private static final int TIERS = 4;

    /** Checks the list sizes and makes the lists immutable. */
    public BillingModel {
        if (tierPrices == null || tierPrices.size() != TIERS) {
            throw new IllegalArgumentException("a billing model needs exactly 4 tier prices (sharp, peak, flat, valley)");
        }
        if (slotTiers == null || slotTiers.size() != SLOTS) {
            throw new IllegalArgumentException("a billing model needs exactly 48 half-hour slot tiers");
        }
        tierPrices = List.copyOf(tierPrices);
        slotTiers = List.copyOf(slotTiers);
    }

    /** The prices of {@code tier}. */
    public TierPrice price(Tier tier) {
        return tierPrices.get(tier.code());
    }

    /** The tier of the half hour that contains {@code time}. */
    public Tier tierAt(LocalTime time) {
        return slotTiers.get(time.getHour() * 2 + time.getMinute() / 30);
    }

    /**
     * Reads the 90 bytes at {@code offset}.
     *
     * @throws FieldException if a BCD digit or a slot tier code is invalid
     */
    public static BillingModel read(ByteBuffer b, int offset) {
        List<TierPrice> prices = new ArrayList<>(TIERS);
        for (int i = 0; i < TIERS; i++) {
            int at = offset + PRICES + 2 * PRICE_LENGTH * i;
            prices.add(new TierPrice(LittleEndian.u32(b, at), LittleEndian.u32(b, at + PRICE_LENGTH)));
        }
        List<Tier> slots = new ArrayList<>(SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            int code = LittleEndian.u8(b, offset + SLOT_TIERS + i);
            if (code >= TIERS) {
                throw new FieldException("slotTiers", String.format("slot %d (from %s) has tier 0x%02X; tiers are 0x00 sharp, "
                        + "0x01 peak, 0x02 flat, 0x03 valley", i, LocalTime.of(i / 2, i % 2 * 30), code));
            }
            slots.add(Tier.fromCode(code));
        }
        return new BillingModel(PileNo.read(b, offset), BillingModelNo.read(b, offset + MODEL_NO), prices,
                LittleEndian.u8(b, offset + LOSS_RATIO), slots);
    }

    /**
     * Writes the 90 bytes.
     *
     * @throws FieldException if the loss ratio does not fit one byte
     */
    public void write(ByteBuffer out) {
        pileNo.write(out);
        billingModelNo.write(out);
        for (TierPrice price : tierPrices) {
            LittleEndian.put32(out, "electricityMilliFenPerKwh", price.electricityMilliFenPerKwh());
            LittleEndian.put32(out, "serviceMilliFenPerKwh", price.serviceMilliFenPerKwh());
        }
        LittleEndian.put8(out, "lossRatioPercent", lossRatioPercent);
        for (Tier tier : slotTiers) {
            out.put((byte) tier.code());
        }
    }
}
