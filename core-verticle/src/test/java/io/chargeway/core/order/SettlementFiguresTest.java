package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pricing.PeriodEnergy;
import io.chargeway.core.pricing.Tariffs;
import org.junit.jupiter.api.Test;

class SettlementFiguresTest {

    private static final TariffModel TOU = Tariffs.timeOfUse(0);
    private static final Instant START = Instant.parse("2026-03-02T01:47:00Z");
    private static final Instant END = Instant.parse("2026-03-02T02:13:00Z");

    @Test
    void pricesThePerPeriodEnergyOfTheRecordWithThePlatformTariff() {
        // flat 6173 * 1.2 + peak 6172 * 1.6 = 172.828 fen; the pile says 17.2828 yuan
        SettlementFigures f = SettlementFigures.of(TOU, Records.record(0, 6172, 6173, 0, 12_345, 17_282, START, END), 1);

        assertThat(f.price().totalFen()).isEqualTo(173);
        assertThat(f.pileAmountFen()).isEqualTo(173);
        assertThat(f.discrepancyFen()).isZero();
        assertThat(f.flagged()).isFalse();
        assertThat(f.notes()).isEmpty();
    }

    @Test
    void flagsADifferenceBeyondTheTolerance() {
        SettlementFigures f = SettlementFigures.of(TOU, Records.record(0, 6172, 6173, 0, 12_345, 15_000, START, END), 1);

        assertThat(f.price().totalFen()).isEqualTo(173);
        assertThat(f.pileAmountFen()).isEqualTo(150);
        assertThat(f.discrepancyFen()).isEqualTo(23);
        assertThat(f.flagged()).isTrue();
        assertThat(f.notes()).containsExactly("platform amount 173 fen, pile amount 150 fen");
    }

    @Test
    void aDifferenceWithinTheToleranceIsNotFlagged() {
        SettlementFigures f = SettlementFigures.of(TOU, Records.record(0, 6172, 6173, 0, 12_345, 17_100, START, END), 2);

        assertThat(f.discrepancyFen()).isEqualTo(2);
        assertThat(f.flagged()).isFalse();
    }

    @Test
    void splitsTheTotalBySessionTimeWhenThePileReportsNoPeriods() {
        SettlementFigures f = SettlementFigures.of(TOU, Records.record(0, 0, 0, 0, 12_345, 17_282, START, END), 1);

        assertThat(f.energy()).isEqualTo(new PeriodEnergy(0, 6172, 6173, 0));
        assertThat(f.price().totalFen()).isEqualTo(173);
        assertThat(f.flagged()).isTrue();
        assertThat(f.notes()).containsExactly("record has no per-period energy; total split by session time");
    }

    @Test
    void aStartThatFailedCostsNothing() {
        SettlementFigures f = SettlementFigures.of(TOU, Records.record(0, 0, 0, 0, 0, 0, START, START), 1);

        assertThat(f.price().totalFen()).isZero();
        assertThat(f.flagged()).isFalse();
    }
}
