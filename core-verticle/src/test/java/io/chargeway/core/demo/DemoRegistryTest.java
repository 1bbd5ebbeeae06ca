package io.chargeway.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pile.NewPile;

class DemoRegistryTest {

    @Test
    void tenPilesAreNumberedFrom9001To9010() {
        List<String> numbers = DemoRegistry.pileNumbers();

        assertThat(numbers).hasSize(10).startsWith("32010600019001").endsWith("32010600019010");
        assertThat(numbers).allMatch(n -> n.matches("\\d{14}"));
    }

    @Test
    void pilesOneToSixAreDc120KwWithTwoGunsAndSevenToTenAc7KwWithOne() {
        for (int i = 1; i <= 10; i++) {
            NewPile pile = DemoRegistry.pile(i, 1, 1);
            boolean dc = i <= 6;
            assertThat(pile.dc()).as("pile %d DC", i).isEqualTo(dc);
            assertThat(pile.ratedPowerW()).isEqualTo(dc ? 120_000 : 7_000);
            assertThat(pile.guns()).hasSize(dc ? 2 : 1);
            assertThat(pile.guns().get(0).externalId()).isEqualTo(pile.pileNo() + "01");
        }
    }

    @Test
    void largerSeedsCountOnFromTheFirstPileAndRepeatTheDcAcBlockOfTen() {
        assertThat(DemoRegistry.pileNo(1000)).isEqualTo("32010600020000");
        assertThat(DemoRegistry.pileNo(50_000)).isEqualTo("32010600069000");
        assertThat(DemoRegistry.pile(11, 1, 1).dc()).isTrue();
        assertThat(DemoRegistry.pile(16, 1, 1).guns()).hasSize(2);
        assertThat(DemoRegistry.pile(17, 1, 1).dc()).isFalse();
        assertThat(DemoRegistry.pile(49_991, 1, 1).dc()).isTrue();
        assertThat(DemoRegistry.pile(50_000, 1, 1).guns()).hasSize(1);
        assertThat(DemoRegistry.pile(50_000, 1, 1).guns().get(0).externalId()).isEqualTo("3201060006900001");
    }

    @Test
    void pileIndexesOutsideTheSeedsRangeAreRefused() {
        assertThatThrownBy(() -> DemoRegistry.pileNo(0)).hasMessageContaining("1..100000");
        assertThatThrownBy(() -> DemoRegistry.pile(100_001, 1, 1)).hasMessageContaining("1..100000");
    }

    @Test
    void sixteenGunsInAll() {
        int guns = 0;
        for (int i = 1; i <= 10; i++) {
            guns += DemoRegistry.pile(i, 1, 1).guns().size();
        }
        assertThat(guns).isEqualTo(16);
    }

    @Test
    void theTariffFollowsTheDemoDayPlan() {
        TariffModel tariff = DemoRegistry.tariff();

        assertThat(tariff.modelNo()).isEqualTo(1);
        assertThat(tariff.rate(RatePeriod.SHARP).electricityMilliFenPerKwh()).isEqualTo(120_000);
        assertThat(tariff.rate(RatePeriod.SHARP).serviceMilliFenPerKwh()).isEqualTo(80_000);
        assertThat(tariff.rate(RatePeriod.VALLEY).totalMilliFenPerKwh()).isEqualTo(70_000);
        assertThat(periodAt(tariff, "00:00")).isEqualTo(RatePeriod.VALLEY);
        assertThat(periodAt(tariff, "07:30")).isEqualTo(RatePeriod.VALLEY);
        assertThat(periodAt(tariff, "08:00")).isEqualTo(RatePeriod.FLAT);
        assertThat(periodAt(tariff, "10:00")).isEqualTo(RatePeriod.PEAK);
        assertThat(periodAt(tariff, "12:30")).isEqualTo(RatePeriod.FLAT);
        assertThat(periodAt(tariff, "16:30")).isEqualTo(RatePeriod.PEAK);
        assertThat(periodAt(tariff, "17:00")).isEqualTo(RatePeriod.SHARP);
        assertThat(periodAt(tariff, "18:30")).isEqualTo(RatePeriod.SHARP);
        assertThat(periodAt(tariff, "19:00")).isEqualTo(RatePeriod.PEAK);
        assertThat(periodAt(tariff, "21:00")).isEqualTo(RatePeriod.FLAT);
        assertThat(periodAt(tariff, "22:30")).isEqualTo(RatePeriod.FLAT);
        assertThat(periodAt(tariff, "23:00")).isEqualTo(RatePeriod.VALLEY);
        assertThat(periodAt(tariff, "23:30")).isEqualTo(RatePeriod.VALLEY);
    }

    private static RatePeriod periodAt(TariffModel tariff, String hhmm) {
        int minutes = Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
        return tariff.periodOfSlot(minutes / 30);
    }
}
