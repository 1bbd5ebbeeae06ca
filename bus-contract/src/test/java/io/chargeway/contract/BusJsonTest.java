package io.chargeway.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.command.StartCharging;
import io.chargeway.contract.event.EdgeNodeStopping;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.vertx.core.json.JsonObject;

class BusJsonTest {

    @Test
    void eventsCarryTypeAndVersionAndRoundTrip() {
        PileEvent event = new GunStatusChanged("32010600019236", 7, 1, GunStatus.CHARGING, true, GunStatus.IDLE,
                Instant.parse("2026-11-22T08:00:00Z"));

        JsonObject json = BusJson.toJson(event);

        assertThat(json.getString("type")).isEqualTo("pile.gun-status");
        assertThat(json.getInteger("version")).isEqualTo(1);
        assertThat(json.getString("at")).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(BusJson.fromJson(json, PileEvent.class)).isEqualTo(event);
    }

    @Test
    void commandsRoundTripThroughTheirSealedInterface() {
        PileCommand command = new StartCharging("32010600019236", 1, "32010600019236012011221800000001",
                "0000000000000001", "0000000000000000", 10_000);

        JsonObject json = BusJson.toJson(command);

        assertThat(json.getString("type")).isEqualTo("command.start-charging");
        assertThat(BusJson.fromJson(json, PileCommand.class)).isEqualTo(command);
    }

    @Test
    void aStoppingEdgeNodeCarriesTypeVersionAndItsPilesByOperatorAndRoundTrips() {
        EdgeNodeStopping stopping = new EdgeNodeStopping("edge-1", 3, List.of(
                new EdgeNodeStopping.TenantPiles(1, List.of("32010600019001", "32010600019002")),
                new EdgeNodeStopping.TenantPiles(2, List.of("32010600019003"))), Instant.parse("2026-11-22T08:00:00Z"));

        JsonObject json = BusJson.toJson(stopping);

        assertThat(json.getString("type")).isEqualTo("edge.node-stopping");
        assertThat(json.getInteger("version")).isEqualTo(1);
        assertThat(json.getJsonArray("piles").getJsonObject(1).getJsonArray("pileNos")).containsExactly("32010600019003");
        assertThat(BusJson.fromJson(json, EdgeNodeStopping.class)).isEqualTo(stopping);
    }

    @Test
    void aStoppingEdgeNodeWithoutItsTypeIsABadRequest() {
        JsonObject json = new JsonObject().put("nodeId", "edge-1").put("count", 0);

        assertThatThrownBy(() -> BusJson.fromJson(json, EdgeNodeStopping.class)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("EdgeNodeStopping");
    }

    @Test
    void unknownFieldsFromANewerNodeAreIgnored() {
        JsonObject json = BusJson.toJson(new GunStatusChanged("32010600019236", 7, 1, GunStatus.IDLE, false, null,
                Instant.EPOCH)).put("addedLater", 42);

        assertThat(BusJson.fromJson(json, PileEvent.class)).isInstanceOf(GunStatusChanged.class);
    }

    @Test
    void malformedJsonBecomesABadRequestNamingTheProblem() {
        JsonObject json = new JsonObject().put("modelNo", 1).put("rates", List.of()).put("lossRatioPercent", 0)
                .put("slots", List.of());

        assertThatThrownBy(() -> BusJson.fromJson(json, TariffModel.class))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("4 rates");
                });
    }

    @Test
    void tariffModelKeepsItsRatesAndSlots() {
        TariffModel model = new TariffModel(1, List.of(new Rate(120_000, 80_000), new Rate(100_000, 80_000),
                new Rate(80_000, 60_000), new Rate(40_000, 40_000)), 0, java.util.Collections.nCopies(48, 2));

        assertThat(BusJson.fromJson(BusJson.toJson(model), TariffModel.class)).isEqualTo(model);
    }
}
