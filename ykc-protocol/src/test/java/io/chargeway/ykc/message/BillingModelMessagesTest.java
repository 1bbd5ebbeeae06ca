package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.BillingModelCheck;
import io.chargeway.ykc.message.session.BillingModelCheckResponse;
import io.chargeway.ykc.message.session.BillingModelCheckResult;
import io.chargeway.ykc.message.session.BillingModelRequest;
import io.chargeway.ykc.message.session.BillingModelResponse;
import io.chargeway.ykc.message.session.BillingModelSetting;
import io.chargeway.ykc.message.session.BillingModelSettingReply;
import io.chargeway.ykc.message.session.Tier;
import io.chargeway.ykc.message.session.TierPrice;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

class BillingModelMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    /** Model 0102 of the 0x0A fixture, built independently of the codec: one letter per half hour. */
    private static final BillingModel WINTER = new BillingModel(PILE, BillingModelNo.parse("0102"),
            List.of(new TierPrice(120_000, 60_000), new TierPrice(98_500, 60_000), new TierPrice(62_500, 50_000),
                    new TierPrice(30_000, 40_000)),
            0, slots("VVVVVVVVVVVVVVVV" + "PPPP" + "SS" + "PP" + "FFFFFFFFFF" + "PPPP" + "SSSS" + "PP" + "FFFF"));
    private static final BillingModel SUMMER = new BillingModel(PILE, BillingModelNo.parse("0103"),
            List.of(new TierPrice(135_000, 80_000), new TierPrice(105_000, 80_000), new TierPrice(68_000, 60_000),
                    new TierPrice(29_000, 40_000)),
            0, slots("VVVVVVVVVVVVVV" + "FFFF" + "PPPPPP" + "FFFF" + "PPPPPP" + "SSSSSSSSSS" + "FF" + "VV"));

    @Test
    void billingModelCheckFixtureDecodesEveryField() {
        BillingModelCheck check = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x05-billing-model-check.hex"),
                BillingModelCheck.class);

        assertThat(check).isEqualTo(new BillingModelCheck(PILE, BillingModelNo.parse("0101")));
        RoundTrip.recordToBytesAndBack(new BillingModelCheck(PileNo.parse("55031412782305"), BillingModelNo.NONE));
        JsonRoundTrip.assertSurvives(check);
    }

    @Test
    void billingModelCheckResponseFixtureSaysDifferent() {
        BillingModelCheckResponse response = RoundTrip.bytesToRecordAndBack(
                HexFixture.load("0x06-billing-model-check-response.hex"), BillingModelCheckResponse.class);

        assertThat(response).isEqualTo(new BillingModelCheckResponse(PILE, BillingModelNo.parse("0101"),
                BillingModelCheckResult.DIFFERENT));
        RoundTrip.recordToBytesAndBack(new BillingModelCheckResponse(PILE, new BillingModelNo(9999), BillingModelCheckResult.SAME));
        JsonRoundTrip.assertSurvives(response);
    }

    @Test
    void billingModelCheckResponseWithAnUnknownResultIsABadField() {
        byte[] bad = FramePatch.body(HexFixture.load("0x06-billing-model-check-response.hex"), 9, 0x02);

        FrameRejection rejection = FramePatch.rejectionOf(bad);

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains("result").contains("0x02");
    }

    @Test
    void billingModelRequestFixtureDecodes() {
        BillingModelRequest request = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x09-billing-model-request.hex"),
                BillingModelRequest.class);

        assertThat(request).isEqualTo(new BillingModelRequest(PILE));
        RoundTrip.recordToBytesAndBack(new BillingModelRequest(PileNo.parse("1")));
        JsonRoundTrip.assertSurvives(request);
    }

    @Test
    void billingModelResponseFixtureDecodesEveryPriceAndSlot() {
        BillingModelResponse response = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x0A-billing-model-response.hex"),
                BillingModelResponse.class);

        assertThat(response).isEqualTo(new BillingModelResponse(WINTER));
        BillingModel model = response.billingModel();
        assertThat(model.price(Tier.SHARP).totalMilliFenPerKwh()).isEqualTo(180_000);
        assertThat(model.price(Tier.FLAT).totalMilliFenPerKwh()).isEqualTo(112_500);
        assertThat(model.tierAt(LocalTime.of(3, 0))).isEqualTo(Tier.VALLEY);
        assertThat(model.tierAt(LocalTime.of(10, 29))).isEqualTo(Tier.SHARP);
        assertThat(model.tierAt(LocalTime.of(11, 0))).isEqualTo(Tier.PEAK);
        assertThat(model.tierAt(LocalTime.of(23, 59))).isEqualTo(Tier.FLAT);
        JsonRoundTrip.assertSurvives(response);
    }

    @Test
    void billingModelSettingFixtureDecodesTheSummerModel() {
        BillingModelSetting setting = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x58-billing-model-setting.hex"),
                BillingModelSetting.class);

        assertThat(setting).isEqualTo(new BillingModelSetting(SUMMER));
        JsonRoundTrip.assertSurvives(setting);
    }

    @Test
    void bothBillingModelFramesRoundTripOtherModels() {
        BillingModel flat = new BillingModel(PileNo.parse("99999999999999"), new BillingModelNo(1),
                Collections.nCopies(4, new TierPrice(0xFFFF_FFFFL, 0)), 255, Collections.nCopies(48, Tier.FLAT));

        RoundTrip.recordToBytesAndBack(new BillingModelResponse(SUMMER));
        RoundTrip.recordToBytesAndBack(new BillingModelSetting(WINTER));
        RoundTrip.recordToBytesAndBack(new BillingModelSetting(flat));
    }

    @Test
    void billingModelSettingReplyFixtureDecodes() {
        BillingModelSettingReply reply = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x57-billing-model-setting-reply.hex"),
                BillingModelSettingReply.class);

        assertThat(reply).isEqualTo(new BillingModelSettingReply(PILE, true));
        RoundTrip.recordToBytesAndBack(new BillingModelSettingReply(PILE, false));
        JsonRoundTrip.assertSurvives(reply);
    }

    @Test
    void billingModelSettingReplyWithAnUnknownResultIsABadField() {
        byte[] bad = FramePatch.body(HexFixture.load("0x57-billing-model-setting-reply.hex"), 7, 0x02);

        FrameRejection rejection = FramePatch.rejectionOf(bad);

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains("success");
    }

    @Test
    void slotWithAnUnknownTierIsABadFieldNamingTheSlot() {
        byte[] bad = FramePatch.body(HexFixture.load("0x0A-billing-model-response.hex"), 42 + 47, 0x04);

        FrameRejection rejection = FramePatch.rejectionOf(bad);

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains("slotTiers").contains("slot 47").contains("23:30").contains("0x04");
    }

    @Test
    void billingModelNumberWithANonDecimalDigitIsABadField() {
        byte[] bad = FramePatch.body(HexFixture.load("0x58-billing-model-setting.hex"), 7, 0x0A);

        assertThat(FramePatch.rejectionOf(bad).reason()).isEqualTo(RejectReason.BAD_FIELD);
    }

    @Test
    void tierLookupIsChecked() {
        assertThat(Tier.fromCode(3)).isEqualTo(Tier.VALLEY);
        assertThatThrownBy(() -> Tier.fromCode(4)).isInstanceOf(FieldException.class).hasMessageContaining("tier");
    }

    @Test
    void modelsWithWrongListSizesOrPricesAreRefused() {
        List<TierPrice> prices = WINTER.tierPrices();
        List<Tier> slots = WINTER.slotTiers();
        BillingModelNo no = WINTER.billingModelNo();

        assertThatThrownBy(() -> new BillingModel(PILE, no, prices.subList(0, 3), 0, slots))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 tier prices");
        assertThatThrownBy(() -> new BillingModel(PILE, no, prices, 0, slots.subList(0, 47)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("48");
        assertThatThrownBy(() -> new TierPrice(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TierPrice(0, 0x1_0000_0000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelListsCannotBeChangedAfterConstruction() {
        List<Tier> mutable = new ArrayList<>(WINTER.slotTiers());
        BillingModel model = new BillingModel(PILE, WINTER.billingModelNo(), WINTER.tierPrices(), 0, mutable);
        mutable.set(0, Tier.SHARP);

        assertThat(model).isEqualTo(WINTER);
        assertThatThrownBy(() -> model.slotTiers().set(0, Tier.SHARP)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lossRatioAboveOneByteFailsToEncode() {
        BillingModel model = new BillingModel(PILE, WINTER.billingModelNo(), WINTER.tierPrices(), 256, WINTER.slotTiers());

        assertThatThrownBy(() -> FrameEncoder.encode(1, new BillingModelSetting(model), CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("lossRatioPercent");
    }

    /** One tier per letter: S sharp, P peak, F flat, V valley. */
    private static List<Tier> slots(String letters) {
        assertThat(letters).hasSize(48);
        List<Tier> tiers = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            tiers.add(switch (c) {
                case 'S' -> Tier.SHARP;
                case 'P' -> Tier.PEAK;
                case 'F' -> Tier.FLAT;
                case 'V' -> Tier.VALLEY;
                default -> throw new IllegalArgumentException("no tier letter " + c);
            });
        }
        return tiers;
    }
}
