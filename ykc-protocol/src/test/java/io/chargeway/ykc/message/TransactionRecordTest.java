package io.chargeway.ykc.message;

import static io.chargeway.ykc.message.WireTestSupport.jsonRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.StopReasonCategory;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.charging.TransactionConfirm;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.chargeway.ykc.testing.CollectingListener;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

/** The transaction record 0x3B and its confirmation 0x40. */
class TransactionRecordTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial APP_SERIAL = TradeSerial.of(PILE, 1, LocalDateTime.of(2024, 3, 15, 10, 32, 5), 17);
    private static final TierRecord SHARP_UNUSED = new TierRecord(150_000, 0, 0, 0);
    private static final TierRecord PEAK_UNUSED = new TierRecord(120_000, 0, 0, 0);
    private static final TierRecord FLAT_UNUSED = new TierRecord(85_000, 0, 0, 0);
    private static final TierRecord VALLEY_UNUSED = new TierRecord(45_000, 0, 0, 0);

    @Test
    void appSessionFixtureDecodesEveryField() {
        TransactionRecord record = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x3B-transaction-record.hex"),
                TransactionRecord.class);

        TransactionRecord expected = new TransactionRecord(APP_SERIAL, PILE, 1,
                time(2024, 3, 15, 10, 32, 20, 0), time(2024, 3, 15, 11, 31, 2, 500),
                List.of(SHARP_UNUSED, new TierRecord(120_000, 125_000, 125_000, 150_000),
                        new TierRecord(85_000, 200_000, 200_000, 170_000), VALLEY_UNUSED),
                12_345_678, 12_670_678, 325_000, 325_000, 320_000, "LSVAU2180N2183294", 0x01,
                time(2024, 3, 15, 11, 31, 5, 0), new StopReason(0x40), PhysicalCardNo.NONE);
        assertThat(record).isEqualTo(expected);
        assertThat(record.trigger()).isEqualTo(TransactionTrigger.APP);
        assertThat(record.peak().energyDeciWh()).isEqualTo(125_000);
        assertThat(record.stopReason()).hasToString("0x40 completed: stopped by app (remote stop)");
        jsonRoundTrip(record);
    }

    @Test
    void fixtureAmountsAreConsistentWithPricesAndTotals() {
        TransactionRecord record = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x3B-transaction-record.hex"),
                TransactionRecord.class);

        long energy = 0;
        long amount = 0;
        for (TierRecord tier : record.tiers()) {
            assertThat(tier.amountCentiFen()).isEqualTo(tier.priceMilliFenPerKwh() * tier.energyDeciWh() / 100_000);
            energy += tier.energyDeciWh();
            amount += tier.amountCentiFen();
        }
        assertThat(energy).isEqualTo(record.totalEnergyDeciWh()).isEqualTo(325_000);
        assertThat(amount).isEqualTo(record.totalAmountCentiFen());
        assertThat(record.meterEndDeciWh() - record.meterStartDeciWh()).isEqualTo(record.totalEnergyDeciWh());
    }

    @Test
    void recordWithCrcHighByteFirstDecodesAndIsAnsweredInTheSameOrder() {
        byte[] frame = HexFixture.load("0x3B-transaction-record-crc-high-first.hex");
        CollectingListener listener = new CollectingListener();
        new FrameDecoder(listener).feed(frame, 0, frame.length);

        assertThat(listener.frames).singleElement().satisfies(f -> assertThat(f.crcOrder()).isEqualTo(CrcOrder.HIGH_FIRST));
        TransactionRecord record = RoundTrip.bytesToRecordAndBack(frame, TransactionRecord.class);
        TradeSerial serial = TradeSerial.of(PILE, 2, LocalDateTime.of(2024, 3, 16, 23, 10, 31), 3);
        TransactionRecord expected = new TransactionRecord(serial, PILE, 2,
                time(2024, 3, 16, 23, 10, 45, 0), time(2024, 3, 17, 0, 58, 12, 0),
                List.of(SHARP_UNUSED, PEAK_UNUSED, FLAT_UNUSED, new TierRecord(45_000, 112_000, 112_000, 50_400)),
                4_521_033, 4_633_033, 112_000, 112_000, 50_400, "", 0x02,
                time(2024, 3, 17, 0, 58, 15, 0), new StopReason(0x6E), PhysicalCardNo.parse("D14B0A54"));
        assertThat(record).isEqualTo(expected);
        assertThat(record.trigger()).isEqualTo(TransactionTrigger.CARD);
        assertThat(record.stopReason().category()).isEqualTo(StopReasonCategory.ABNORMAL_STOP);
        jsonRoundTrip(record);
    }

    @Test
    void largestFrameDecodesWhenSplitAtEveryByteBoundary() {
        byte[] frame = HexFixture.load("0x3B-transaction-record-crc-high-first.hex");
        TransactionRecord whole = RoundTrip.bytesToRecordAndBack(frame, TransactionRecord.class);

        for (int cut = 1; cut < frame.length; cut++) {
            CollectingListener listener = new CollectingListener();
            FrameDecoder decoder = new FrameDecoder(listener);
            decoder.feed(frame, 0, cut);
            decoder.feed(frame, cut, frame.length - cut);
            assertThat(listener.rejections).as("cut at %d", cut).isEmpty();
            assertThat(listener.frames).as("cut at %d", cut).singleElement()
                    .satisfies(f -> assertThat(f.message()).isEqualTo(whole));
        }
    }

    @Test
    void oddTriggerVendorStopReasonAndInvalidTimesNeverRejectTheRecord() {
        Cp56Time2a monthZero = Cp56Time2a.parse("raw:983A3A00110018");
        Cp56Time2a invalidFlag = new Cp56Time2a(time(2024, 3, 17, 0, 58, 15, 0).raw() | 0x80L << 16);
        TransactionRecord odd = new TransactionRecord(APP_SERIAL, PILE, 1, invalidFlag, monthZero,
                List.of(SHARP_UNUSED, PEAK_UNUSED, FLAT_UNUSED, VALLEY_UNUSED), 0, 0, 0, 0, 0, "", 0x07,
                monthZero, new StopReason(0x91), PhysicalCardNo.NONE);

        assertThat(monthZero.isValid()).isFalse();
        assertThat(invalidFlag.isValid()).isFalse();
        RoundTrip.recordToBytesAndBack(odd);
        assertThat(odd.trigger()).isEqualTo(TransactionTrigger.OTHER);
        assertThat(odd.stopReason().category()).isEqualTo(StopReasonCategory.VENDOR);
        jsonRoundTrip(odd);
    }

    @Test
    void fiveByteMeterReadingsUseTheFullRange() {
        TransactionRecord record = new TransactionRecord(APP_SERIAL, PILE, 1, time(2024, 3, 15, 10, 0, 0, 0),
                time(2024, 3, 15, 11, 0, 0, 0), List.of(SHARP_UNUSED, PEAK_UNUSED, FLAT_UNUSED, VALLEY_UNUSED),
                0xFF_FFFF_FFF0L, 0xFF_FFFF_FFFFL, 15, 15, 0, "", 0x01, time(2024, 3, 15, 11, 0, 0, 0),
                new StopReason(0x41), PhysicalCardNo.NONE);

        RoundTrip.recordToBytesAndBack(record);
    }

    @Test
    void recordNeedsExactlyFourTiers() {
        assertThatThrownBy(() -> new TransactionRecord(APP_SERIAL, PILE, 1, time(2024, 3, 15, 10, 0, 0, 0),
                time(2024, 3, 15, 11, 0, 0, 0), List.of(SHARP_UNUSED), 0, 0, 0, 0, 0, "", 0x01,
                time(2024, 3, 15, 11, 0, 0, 0), new StopReason(0x41), PhysicalCardNo.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 tiers");
    }

    @Test
    void confirmationFixtureAcceptsTheAppSessionRecord() {
        TransactionConfirm confirm = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x40-transaction-confirm.hex"),
                TransactionConfirm.class);
        TransactionRecord record = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x3B-transaction-record.hex"),
                TransactionRecord.class);

        assertThat(confirm).isEqualTo(TransactionConfirm.acceptedFor(record));
        assertThat(confirm.accepted()).isTrue();
        RoundTrip.recordToBytesAndBack(TransactionConfirm.invalidBillFor(record));
        jsonRoundTrip(confirm);
    }

    private static Cp56Time2a time(int year, int month, int day, int hour, int minute, int second, int millis) {
        return Cp56Time2a.of(LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000));
    }
}
