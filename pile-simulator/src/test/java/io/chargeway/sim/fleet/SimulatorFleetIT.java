package io.chargeway.sim.fleet;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.sim.ConnectionState;
import io.chargeway.sim.testing.YkcTestServer;
import io.chargeway.ykc.message.session.PileType;
import io.vertx.core.Vertx;

class SimulatorFleetIT {

    private Vertx vertx;
    private YkcTestServer server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = new YkcTestServer(vertx).recordHeartbeats(false);
        port = server.start().await(10, SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        server.close().await(30, SECONDS);
        vertx.close().await(30, SECONDS);
    }

    @Test
    void twoThousandPilesFromTwoSourceAddressesAllLogIn() throws Exception {
        FleetOptions options = FleetOptions.builder("127.0.0.1", port, 2_000).ramp(2_000).sourceIps(2).shards(2).build();
        SimulatorFleet fleet = SimulatorFleet.start(vertx, options).await(30, SECONDS);

        fleet.awaitLoggedIn(2_000, Duration.ofSeconds(60)).await(90, SECONDS);

        assertThat(server.loginsAccepted()).isEqualTo(2_000);
        assertThat(server.connectsByHost()).containsOnlyKeys("127.0.0.1", "127.0.0.2")
                .allSatisfy((host, n) -> assertThat(n).isEqualTo(1_000));
        assertThat(fleet.stats().inState(ConnectionState.LOGGED_IN)).isEqualTo(2_000);
        assertThat(fleet.stats().loginMicros().getTotalCount()).isEqualTo(2_000);
        assertThat(fleet.stats().loginFailures()).isZero();
        assertThat(fleet.pile(1).identity().pileType()).isEqualTo(PileType.DC);
        assertThat(fleet.pile(7).identity().pileType()).isEqualTo(PileType.AC);
        fleet.stop().await(30, SECONDS);
        assertThat(fleet.stats().inState(ConnectionState.STOPPED)).isEqualTo(2_000);
    }
}
