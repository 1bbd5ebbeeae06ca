package io.chargeway.bench.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EdgeGaugesTest {

    private static final String METRICS = """
            # HELP edge_piles_logged_in Piles logged in at this node
            # TYPE edge_piles_logged_in gauge
            edge_piles_logged_in 19500.0
            edge_piles_connected 19500.0
            # TYPE edge_disconnects_total counter
            edge_disconnects_total{reason="HEARTBEAT_TIMEOUT"} 2.0
            edge_disconnects_total{reason="PEER_CLOSED"} 1.0
            ykc_frames_in_total{type="0x03"} 120000.0
            ykc_frames_in_total{type="0x13"} 5000.0
            ykc_frames_in_total_created{type="0x13"} 1.7E9
            ykc_frames_out_total{type="0x04"} 120000.0
            edge_command_round_trip_seconds_count{command="command.sync-clock",outcome="replied",} 100.0
            edge_command_round_trip_seconds_sum{command="command.sync-clock",outcome="replied",} 0.5
            edge_command_round_trip_seconds_count{command="command.reboot",outcome="timeout",} 1.0
            edge_command_round_trip_seconds_sum{command="command.reboot",outcome="timeout",} 10.0
            edge_command_round_trip_seconds_max{command="command.sync-clock",outcome="replied",} 0.02
            edge_command_round_trip_seconds_max{command="command.reboot",outcome="timeout",} 10.0
            edge_login_duration_seconds_count 19500.0
            edge_login_duration_seconds_sum 195.0
            edge_login_duration_seconds_max 0.9
            """;

    @Test
    void countersAreSummedOverTheirLabelsAndSimilarNamesAreNotMixedIn() {
        EdgeGauges gauges = EdgeGauges.parse(METRICS);

        assertThat(gauges).isEqualTo(new EdgeGauges(19_500, 3, 125_000, 120_000, 101, 10.5, 10.0, 19_500, 195.0));
    }

    @Test
    void theGrowthSinceAnEarlierReadingKeepsTheLatestLoggedInCount() {
        EdgeGauges earlier = new EdgeGauges(19_500, 1, 100_000, 90_000, 1, 0.5, 0.01, 19_500, 195.0);

        assertThat(EdgeGauges.parse(METRICS).since(earlier)).isEqualTo(new EdgeGauges(19_500, 2, 25_000, 30_000, 100, 10.0, 10.0, 0, 0.0));
    }

    @Test
    void countersNotYetRegisteredReadAsZero() {
        assertThat(EdgeGauges.parse("edge_piles_logged_in 0.0\n")).isEqualTo(new EdgeGauges(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void metricsWithoutTheEdgeGaugeAreRefused() {
        assertThatThrownBy(() -> EdgeGauges.parse("jvm_threads_live 12.0\n")).hasMessageContaining("edge_piles_logged_in");
    }
}
