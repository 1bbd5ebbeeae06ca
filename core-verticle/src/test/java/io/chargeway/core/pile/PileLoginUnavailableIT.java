package io.chargeway.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.contract.pile.TariffQuery;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.junit5.VertxExtension;

/** The registry's tables are taken away under a running core: it must say UNAVAILABLE, not refuse the pile. */
@ExtendWith(VertxExtension.class)
class PileLoginUnavailableIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "unavailable");
    }

    @Test
    void databaseTroubleFailsTheLoginAsUnavailableSoThatThePileRetries() {
        core.sql("RENAME TABLE piles TO piles_away");
        try {
            ReplyException failure = core.requestFailure(Addresses.CORE_PILE_LOGIN,
                    new PileLoginRequest("32010600019001", "edge-it", "127.0.0.1:50000", true, 2, "V1.6", "SIM-1.0", ""));
            ReplyException tariff = core.requestFailure(Addresses.CORE_PILE_TARIFF, new TariffQuery("32010600019001"));

            assertThat(failure.failureCode()).isEqualTo(ErrorCode.UNAVAILABLE.busCode());
            assertThat(failure.getMessage()).startsWith("database unavailable while checking the login of pile 32010600019001");
            assertThat(tariff.failureCode()).isEqualTo(ErrorCode.UNAVAILABLE.busCode());
        } finally {
            core.sql("RENAME TABLE piles_away TO piles");
        }
    }
}
