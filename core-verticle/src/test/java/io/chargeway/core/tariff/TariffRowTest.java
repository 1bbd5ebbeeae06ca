package io.chargeway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;

class TariffRowTest {

    private static final TariffModel MODEL = new TariffModel(7, List.of(new Rate(120_000, 80_000), new Rate(100_000, 80_001),
            new Rate(70_000, 60_000), new Rate(30_000, 40_000)), 3, slots());

    @Test
    void aModelBecomesColumnsInTheOrderSharpPeakFlatValley() {
        TariffRow row = TariffRow.of(MODEL);

        assertThat(row).isEqualTo(new TariffRow(7, 120_000, 80_000, 100_000, 80_001, 70_000, 60_000, 30_000, 40_000, 3,
                "012301230123012301230123012301230123012301230123"));
    }

    @Test
    void columnsBecomeTheSameModelAgain() {
        assertThat(TariffRow.of(MODEL).toModel()).isEqualTo(MODEL);
        assertThat(TariffRow.of(MODEL).toModel().rate(RatePeriod.PEAK).serviceMilliFenPerKwh()).isEqualTo(80_001);
    }

    @Test
    void paramsListTheColumnValuesInColumnOrder() {
        var params = TariffRow.of(MODEL).params();

        assertThat(params.size()).isEqualTo(TariffRow.COLUMNS.split(",").length);
        assertThat(params.getInteger(0)).isEqualTo(7);
        assertThat(params.getLong(4)).isEqualTo(80_001L);
        assertThat(params.getString(10)).hasSize(48);
    }

    @Test
    void aSlotOutsideZeroToThreeIsRefusedNamingTheSlot() {
        TariffRow row = new TariffRow(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, "0".repeat(20) + "4" + "0".repeat(27));

        assertThatThrownBy(row::toModel).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slot 20 must be 0..3");
    }

    @Test
    void slotsOfTheWrongLengthAreRefused() {
        TariffRow row = new TariffRow(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, "0".repeat(47));

        assertThatThrownBy(row::toModel).hasMessageContaining("slots must be 48 digits");
    }

    @Test
    void aNegativePriceInTheDatabaseIsRefusedByTheModel() {
        TariffRow row = new TariffRow(1, -1, 1, 1, 1, 1, 1, 1, 1, 0, "2".repeat(48));

        assertThatThrownBy(row::toModel).hasMessageContaining("prices must be");
    }

    private static List<Integer> slots() {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            slots.add(i % 4);
        }
        return Collections.unmodifiableList(slots);
    }
}
