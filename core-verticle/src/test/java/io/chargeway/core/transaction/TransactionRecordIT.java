package io.chargeway.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.event.TierUsage;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Row;

@ExtendWith(VertxExtension.class)
class TransactionRecordIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "transactions");
    }

    @Test
    void aRecordSentFiveTimesIsStoredOnceAndAcknowledgedFiveTimes() {
        TransactionRecorded record = record("32010600019002", "32010600019002012611221800000001");

        List<Future<Message<JsonObject>>> sends = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sends.add(core.vertx.eventBus().request(Addresses.CORE_PILE_TRANSACTION, BusJson.toJson(record)));
        }
        CoreFixture.await(Future.all(sends));
        TransactionAck resent = BusJson.fromJson(core.request(Addresses.CORE_PILE_TRANSACTION, record), TransactionAck.class);

        for (Future<Message<JsonObject>> send : sends) {
            assertThat(BusJson.fromJson(send.result().body(), TransactionAck.class).accepted()).isTrue();
        }
        assertThat(resent.accepted()).isTrue();
        assertThat(core.count("SELECT COUNT(*) FROM transaction_records WHERE trade_serial = ?", record.tradeSerial())).isEqualTo(1);
        Row row = core.row("SELECT r.tenant_id, p.tenant_id AS pile_tenant, r.gun_no, r.total_energy_deci_wh,"
                + " r.total_amount_centi_fen, r.stop_reason_code, r.record_json FROM transaction_records r"
                + " JOIN piles p ON p.id = r.pile_id WHERE r.trade_serial = ?", record.tradeSerial());
        assertThat(row.getLong("tenant_id")).isEqualTo(row.getLong("pile_tenant"));
        assertThat(row.getInteger("gun_no")).isEqualTo(1);
        assertThat(row.getLong("total_energy_deci_wh")).isEqualTo(205_000);
        assertThat(row.getLong("total_amount_centi_fen")).isEqualTo(369_000);
        assertThat(row.getInteger("stop_reason_code")).isEqualTo(0x40);
        assertThat(BusJson.fromJson(new JsonObject(row.getString("record_json")), TransactionRecorded.class)).isEqualTo(record);
    }

    @Test
    void aRecordOfAnUnregisteredPileFailsSoThatTheEdgeDoesNotConfirmIt() {
        TransactionRecorded record = record("32010600099999", "32010600099999012611221800000001");

        ReplyException failure = core.requestFailure(Addresses.CORE_PILE_TRANSACTION, record);

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.PILE_NOT_REGISTERED.busCode());
        assertThat(core.count("SELECT COUNT(*) FROM transaction_records WHERE trade_serial = ?", record.tradeSerial())).isZero();
    }

    @Test
    void aRecordWithoutAUsableSerialIsAnsweredAsAnInvalidBill() {
        TransactionRecorded record = record("32010600019003", "123");

        TransactionAck ack = BusJson.fromJson(core.request(Addresses.CORE_PILE_TRANSACTION, record), TransactionAck.class);

        assertThat(ack.accepted()).isFalse();
        assertThat(ack.reason()).contains("32 characters");
    }

    @Test
    void aBodyThatIsNotARecordIsABadRequest() {
        ReplyException failure = core.requestFailure(Addresses.CORE_PILE_TRANSACTION, new JsonObject().put("gun", "one"));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.BAD_REQUEST.busCode());
    }

    private static TransactionRecorded record(String pileNo, String serial) {
        Instant start = Instant.parse("2026-11-22T10:00:00Z");
        Instant end = Instant.parse("2026-11-22T11:00:00Z");
        List<TierUsage> tiers = List.of(new TierUsage(200_000, 0, 0, 0), new TierUsage(180_000, 205_000, 205_000, 369_000),
                new TierUsage(130_000, 0, 0, 0), new TierUsage(70_000, 0, 0, 0));
        return new TransactionRecorded(pileNo, 0, 1, serial, start, end, tiers, 1_000_000, 1_205_000, 205_000, 205_000, 369_000,
                "LSVAA4182E2000001", "APP", end, 0x40, "charging completed", "0000000000000000", end.plusSeconds(1));
    }
}
