package io.chargeway.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.contract.pile.TariffQuery;
import io.chargeway.core.CoreFixture;
import io.chargeway.core.demo.DemoRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.junit5.VertxExtension;

@ExtendWith(VertxExtension.class)
class PileTariffIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "tariff");
    }

    @Test
    void aSeededPileGetsItsStationsTariffEqualToTheSeededModel() {
        TariffModel tariff = BusJson.fromJson(core.request(Addresses.CORE_PILE_TARIFF, new TariffQuery("32010600019001")),
                TariffModel.class);

        assertThat(tariff).isEqualTo(DemoRegistry.tariff());
    }

    @Test
    void aPilesOwnTariffOverridesItsStations() {
        TariffModel flat = new TariffModel(2, Collections.nCopies(4, new Rate(90_000, 50_000)), 0, Collections.nCopies(48, 2));
        long tenantId = core.count("SELECT tenant_id FROM piles WHERE pile_no = ?", "32010600019008");
        long tariffId = CoreFixture.await(new TariffRepository(core.pool).insert(tenantId, "Flat", flat));
        core.sql("UPDATE piles SET tariff_id = ? WHERE pile_no = ?", tariffId, "32010600019008");

        TariffModel tariff = BusJson.fromJson(core.request(Addresses.CORE_PILE_TARIFF, new TariffQuery("32010600019008")),
                TariffModel.class);

        assertThat(tariff).isEqualTo(flat);
        assertThat(tariff.slots()).isEqualTo(List.copyOf(Collections.nCopies(48, 2)));
    }

    @Test
    void anUnknownPileFailsAsNotRegistered() {
        ReplyException failure = core.requestFailure(Addresses.CORE_PILE_TARIFF, new TariffQuery("32010600099999"));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.PILE_NOT_REGISTERED.busCode());
        assertThat(failure.getMessage()).contains("32010600099999 is not registered");
    }
}
