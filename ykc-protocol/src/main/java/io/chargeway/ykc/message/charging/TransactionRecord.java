package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.chargeway.ykc.field.Ascii;
import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x3B Transaction record (交易记录), pile to platform, 158-byte body (reference 7.7): the bill of
 * one session, answered by 0x40 once the platform has stored it.
 * <pre>
 * off   0 | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) |
 * off  24 | start time (7, CP56) | end time (7, CP56) |
 * off  38 | sharp:  price (4) | energy (4) | loss energy (4) | amount (4) |
 * off  54 | peak:   price (4) | energy (4) | loss energy (4) | amount (4) |
 * off  70 | flat:   price (4) | energy (4) | loss energy (4) | amount (4) |
 * off  86 | valley: price (4) | energy (4) | loss energy (4) | amount (4) |
 * off 102 | meter start (5) | meter end (5) | total energy (4) | total loss energy (4) | total amount (4) |
 * off 124 | VIN (17, ASCII, normal order) | transaction flag (1) | trade time (7, CP56) |
 * off 149 | stop reason (1) | physical card no (8, BIN) |
 * </pre>
 * All numbers are little-endian BIN: prices in 0.00001 yuan/kWh, energies and meter readings in
 * 0.0001 kWh, amounts in 0.0001 yuan.
 *
 * <p>Decoding never fails on the informational fields: an odd transaction flag, a vendor stop
 * reason or an invalid CP56 time are carried as they came, because a rejected record would be
 * resent forever and never settled. Only malformed BCD (serial, pile, gun) rejects the frame.
 *
 * @param tradeSerial           the session's serial: the idempotency key
 * @param pileNo                the pile number
 * @param gun                   the gun number
 * @param startTime             session start
 * @param endTime               session end
 * @param tiers                 exactly four tiers in the order sharp, peak, flat, valley
 * @param meterStartDeciWh      meter reading at start, 0.0001 kWh (5 bytes)
 * @param meterEndDeciWh        meter reading at end, 0.0001 kWh (5 bytes)
 * @param totalEnergyDeciWh     total energy, 0.0001 kWh
 * @param totalLossEnergyDeciWh total loss-adjusted energy, 0.0001 kWh
 * @param totalAmountCentiFen   total amount (electricity and service), 0.0001 yuan
 * @param vin                   the vehicle identification number, empty if the pile has none
 * @param triggerCode           the raw transaction flag; see {@link #trigger()}
 * @param tradeTime             the record's transaction date and time
 * @param stopReason            why the session ended (section 12)
 * @param physicalCardNo        the card of a card session, zeros otherwise
 */
public record TransactionRecord(TradeSerial tradeSerial, PileNo pileNo, int gun, Cp56Time2a startTime, Cp56Time2a endTime,
                                List<TierRecord> tiers, long meterStartDeciWh, long meterEndDeciWh, long totalEnergyDeciWh,
                                long totalLossEnergyDeciWh, long totalAmountCentiFen, String vin, int triggerCode,
                                Cp56Time2a tradeTime, StopReason stopReason, PhysicalCardNo physicalCardNo)
        implements YkcMessage {

    /** The codec of 0x3B. */
    public static final BodyCodec<TransactionRecord> CODEC = new Codec();

    /** Number of tiers: sharp, peak, flat, valley. */
    public static final int TIER_COUNT = 4;
    /** VIN bytes on the wire. */
    public static final int VIN_LENGTH = 17;

    /** Checks there are four tiers and keeps an immutable copy. */
    public TransactionRecord {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(stopReason, "stopReason");
        if (tiers.size() != TIER_COUNT) {
            throw new IllegalArgumentException("a transaction record has 4 tiers (sharp, peak, flat, valley), got "
                    + tiers.size());
        }
        tiers = List.copyOf(tiers);
    }

    @Override
    public FrameType frameType() {
        return FrameType.TRANSACTION_RECORD;
    }

    /** The trigger named by {@link #triggerCode()}, {@link TransactionTrigger#OTHER} if V1.6 does not define it. */
    public TransactionTrigger trigger() {
        return TransactionTrigger.ofCode(triggerCode);
    }

    /** The sharp (尖) tier. */
    public TierRecord sharp() {
        return tiers.get(0);
    }

    /** The peak (峰) tier. */
    public TierRecord peak() {
        return tiers.get(1);
    }

    /** The flat (平) tier. */
    public TierRecord flat() {
        return tiers.get(2);
    }

    /** The valley (谷) tier. */
    public TierRecord valley() {
        return tiers.get(3);
    }

    private static final class Codec implements BodyCodec<TransactionRecord> {
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int START_TIME = 24;
        private static final int END_TIME = 31;
        private static final int TIERS = 38;
        private static final int TIER_SIZE = 16;
        private static final int METER_START = 102;
        private static final int METER_END = 107;
        private static final int TOTAL_ENERGY = 112;
        private static final int TOTAL_LOSS_ENERGY = 116;
        private static final int TOTAL_AMOUNT = 120;
        private static final int VIN = 124;
        private static final int TRIGGER = 141;
        private static final int TRADE_TIME = 142;
        private static final int STOP_REASON = 149;
        private static final int PHYSICAL_CARD = 150;

        @Override
        public FrameType type() {
            return FrameType.TRANSACTION_RECORD;
        }

        @Override
        public Class<TransactionRecord> messageClass() {
            return TransactionRecord.class;
        }

        @Override
        public TransactionRecord decode(ByteBuffer b, int o, int length) {
            return new TransactionRecord(
                    TradeSerial.read(b, o),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    Cp56Time2a.read(b, o + START_TIME),
                    Cp56Time2a.read(b, o + END_TIME),
                    readTiers(b, o + TIERS),
                    LittleEndian.u40(b, o + METER_START),
                    LittleEndian.u40(b, o + METER_END),
                    LittleEndian.u32(b, o + TOTAL_ENERGY),
                    LittleEndian.u32(b, o + TOTAL_LOSS_ENERGY),
                    LittleEndian.u32(b, o + TOTAL_AMOUNT),
                    Ascii.read(b, o + VIN, VIN_LENGTH),
                    LittleEndian.u8(b, o + TRIGGER),
                    Cp56Time2a.read(b, o + TRADE_TIME),
                    new StopReason(LittleEndian.u8(b, o + STOP_REASON)),
                    PhysicalCardNo.read(b, o + PHYSICAL_CARD));
        }

        private static List<TierRecord> readTiers(ByteBuffer b, int at) {
            List<TierRecord> tiers = new ArrayList<>(TIER_COUNT);
            for (int i = 0; i < TIER_COUNT; i++) {
                int t = at + i * TIER_SIZE;
                tiers.add(new TierRecord(LittleEndian.u32(b, t), LittleEndian.u32(b, t + 4), LittleEndian.u32(b, t + 8),
                        LittleEndian.u32(b, t + 12)));
            }
            return tiers;
        }

        @Override
        public void encode(TransactionRecord m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            m.startTime().write(out);
            m.endTime().write(out);
            for (TierRecord tier : m.tiers()) {
                LittleEndian.put32(out, "priceMilliFenPerKwh", tier.priceMilliFenPerKwh());
                LittleEndian.put32(out, "energyDeciWh", tier.energyDeciWh());
                LittleEndian.put32(out, "lossEnergyDeciWh", tier.lossEnergyDeciWh());
                LittleEndian.put32(out, "amountCentiFen", tier.amountCentiFen());
            }
            LittleEndian.put40(out, "meterStartDeciWh", m.meterStartDeciWh());
            LittleEndian.put40(out, "meterEndDeciWh", m.meterEndDeciWh());
            LittleEndian.put32(out, "totalEnergyDeciWh", m.totalEnergyDeciWh());
            LittleEndian.put32(out, "totalLossEnergyDeciWh", m.totalLossEnergyDeciWh());
            LittleEndian.put32(out, "totalAmountCentiFen", m.totalAmountCentiFen());
            Ascii.write(out, m.vin(), VIN_LENGTH, "vin");
            LittleEndian.put8(out, "triggerCode", m.triggerCode());
            m.tradeTime().write(out);
            LittleEndian.put8(out, "stopReason", m.stopReason().code());
            m.physicalCardNo().write(out);
        }
    }
}
