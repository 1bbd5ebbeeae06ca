package io.chargeway.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.event.EdgeNodeStopping;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;

@ExtendWith(VertxExtension.class)
class EdgeNodeStoppingIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "node_stopping");
    }

    @Test
    void aStoppingNodeTakesItsPilesOfflineButNotOneThatMovedToAnotherNodeJustBefore() {
        login("32010600019001", "edge-a");
        login("32010600019002", "edge-a");
        login("32010600019002", "edge-b");
        long tenant = core.count("SELECT tenant_id FROM piles WHERE pile_no = '32010600019001'");

        JsonObject ack = core.request(Addresses.CORE_EDGE_NODE_STOPPING, new EdgeNodeStopping("edge-a", 2,
                List.of(new EdgeNodeStopping.TenantPiles(tenant, List.of("32010600019001", "32010600019002"))), Instant.now()));

        assertThat(ack.getInteger("cleared")).as("the logins answered just before are written before the node is cleared")
                .isEqualTo(1);
        assertThat(core.count("SELECT COUNT(*) FROM piles WHERE pile_no = '32010600019001' AND online_node IS NULL"))
                .isEqualTo(1);
        assertThat(core.count("SELECT COUNT(*) FROM piles WHERE pile_no = '32010600019002' AND online_node = 'edge-b'"))
                .isEqualTo(1);
    }

    @Test
    void aStopWithoutANodeIdIsABadRequestAndClearsNothing() throws InterruptedException {
        login("32010600019003", "edge-c");
        awaitRecorded("32010600019003", "edge-c");

        ReplyException failure = core.requestFailure(Addresses.CORE_EDGE_NODE_STOPPING, new EdgeNodeStopping(" ", 0, List.of(),
                Instant.now()));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.BAD_REQUEST.busCode());
        assertThat(core.count("SELECT COUNT(*) FROM piles WHERE pile_no = '32010600019003' AND online_node = 'edge-c'"))
                .isEqualTo(1);
    }

    private static void awaitRecorded(String pileNo, String nodeId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (core.count("SELECT COUNT(*) FROM piles WHERE pile_no = ? AND online_node = ?", pileNo, nodeId) == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("login of " + pileNo + " at " + nodeId + " never recorded");
            }
            Thread.sleep(20);
        }
    }

    private static void login(String pileNo, String nodeId) {
        JsonObject reply = core.request(Addresses.CORE_PILE_LOGIN, new PileLoginRequest(pileNo, nodeId, "127.0.0.1:50000", true, 2,
                "V1.6", "SIM-1.0", null));
        assertThat(reply.getBoolean("accepted")).isTrue();
    }
}
