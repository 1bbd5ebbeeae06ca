package io.chargeway.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class PriceTableTest {

    /** Valley 00:00-08:00, flat 08:00-10:00, peak 10:00-12:00, sharp 12:00-13:00, flat to 24:00. */
    private static final String SLOTS = "3".repeat(16) + "2".repeat(4) + "1".repeat(4) + "0".repeat(2) + "2".repeat(22);
    private static final PriceTable TABLE = new PriceTable(new long[] {120_000, 100_000, 70_000, 30_000},
            new long[] {80_000, 80_000, 60_000, 40_000}, SLOTS);

    @Test
    void thePriceInForceFollowsShanghaiLocalTime() {
        assertThat(TABLE.totalAt(Instant.parse("2026-11-22T04:15:00Z"))).isEqualTo(200_000);
        assertThat(TABLE.totalAt(Instant.parse("2026-11-21T23:00:00Z"))).isEqualTo(70_000);
        assertThat(TABLE.periodAt(Instant.parse("2026-11-22T02:29:59Z"))).isEqualTo(1);
        assertThat(TABLE.periodAt(Instant.parse("2026-11-22T02:30:00Z"))).isEqualTo(1);
    }

    @Test
    void theScheduleMergesNeighbouringSlotsOfOnePeriod() {
        JsonObject json = TABLE.toJson(Instant.parse("2026-11-22T04:15:00Z"));
        assertThat(json.getJsonArray("schedule")).hasSize(5);
        assertThat(json.getJsonArray("schedule").getJsonObject(0).encode()).isEqualTo("{\"from\":\"00:00\",\"to\":\"08:00\",\"period\":\"VALLEY\"}");
        assertThat(json.getString("currentPeriod")).isEqualTo("SHARP");
    }

    @Test
    void distancesAreGreatCircleMetres() {
        assertThat(StationSearch.distanceMeters(32.0603, 118.7969, 32.0603, 118.7969)).isZero();
        assertThat(StationSearch.distanceMeters(32.0, 118.8, 33.0, 118.8)).isBetween(111_000.0, 111_400.0);
    }
}
