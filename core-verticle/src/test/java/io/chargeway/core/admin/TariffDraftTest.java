package io.chargeway.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class TariffDraftTest {

    private static JsonObject rate(long electricity, long service) {
        return new JsonObject().put("electricityMilliFenPerKwh", electricity).put("serviceMilliFenPerKwh", service);
    }

    @Test
    void aStandardTariffHasOnePriceInEveryPeriodAndSlot() {
        TariffDraft d = TariffDraft.parse(new JsonObject().put("kind", "STANDARD").put("electricityMilliFenPerKwh", 100_000)
                .put("serviceMilliFenPerKwh", 40_000));
        TariffModel m = d.model(3);

        assertThat(m.modelNo()).isEqualTo(3);
        assertThat(m.rates()).containsOnly(new Rate(100_000, 40_000));
        assertThat(d.slots()).isEqualTo("2".repeat(48));
    }

    @Test
    void aTimeOfUseTariffNeedsARateForEveryPeriodItsSlotsUse() {
        String slots = "3".repeat(16) + "1".repeat(16) + "2".repeat(16);
        JsonObject body = new JsonObject().put("kind", "TIME_OF_USE").put("slots", slots)
                .put("rates", new JsonObject().put("peak", rate(100_000, 60_000)).put("flat", rate(70_000, 50_000))
                        .put("valley", rate(30_000, 40_000)));
        TariffModel m = TariffDraft.parse(body).model(1);

        assertThat(m.rate(RatePeriod.SHARP)).isEqualTo(new Rate(0, 0));
        assertThat(m.rate(RatePeriod.VALLEY)).isEqualTo(new Rate(30_000, 40_000));
        assertThat(m.periodOfSlot(20)).isEqualTo(RatePeriod.PEAK);

        body.getJsonObject("rates").remove("valley");
        assertThatThrownBy(() -> TariffDraft.parse(body)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("body.rates.valley");
    }

    @Test
    void badSlotsPricesKindsAndMixedShapesAreRefusedNamingTheField() {
        assertBad(new JsonObject().put("kind", "TIME_OF_USE").put("slots", "4".repeat(48)), "body.slots");
        assertBad(new JsonObject().put("kind", "TIME_OF_USE").put("slots", "2".repeat(47)), "body.slots");
        assertBad(new JsonObject().put("kind", "STANDARD").put("electricityMilliFenPerKwh", -1).put("serviceMilliFenPerKwh", 0), "body");
        assertBad(new JsonObject().put("kind", "STANDARD").put("electricityMilliFenPerKwh", 1), "serviceMilliFenPerKwh");
        assertBad(new JsonObject().put("kind", "STANDARD").put("electricityMilliFenPerKwh", 1).put("serviceMilliFenPerKwh", 1)
                .put("slots", "2".repeat(48)), "STANDARD");
        assertBad(new JsonObject().put("kind", "FREE"), "body.kind");
        assertBad(new JsonObject().put("kind", "STANDARD").put("electricityMilliFenPerKwh", 1).put("serviceMilliFenPerKwh", 1)
                .put("lossRatioPercent", 300), "body.lossRatioPercent");
    }

    private static void assertBad(JsonObject body, String mentions) {
        assertThatThrownBy(() -> TariffDraft.parse(body)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST)).hasMessageContaining(mentions);
    }
}
