package io.chargeway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.edge.testing.RawPile;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.charging.TransactionConfirm;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.PileType;
import io.vertx.core.json.JsonObject;

/**
 * Transaction records (reference 7.7/7.8, 14.6; architecture rule 1): 0x40 goes out only once the
 * core answered, which it does after its commit; re-sent copies are all confirmed and stored once;
 * with the core gone there is no 0x40 at all, so the pile keeps the record and sends it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransactionRecordIT {

    private static final String SERIALS = "SELECT COUNT(*) FROM transaction_records WHERE trade_serial = ?";

    private static EdgeTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_transactions", new JsonObject().put("commandTimeoutSeconds", 2), 10);
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    static TransactionRecord record(String pileNo, int counter) {
        PileNo pile = PileNo.parse(pileNo);
        LocalDateTime start = LocalDateTime.of(2024, 5, 1, 10, 0);
        List<TierRecord> tiers = List.of(new TierRecord(200_000, 0, 0, 0), new TierRecord(180_000, 50_000, 50_000, 90_000),
                new TierRecord(130_000, 0, 0, 0), new TierRecord(70_000, 0, 0, 0));
        return new TransactionRecord(TradeSerial.of(pile, 1, start, counter), pile, 1, Cp56Time2a.of(start),
                Cp56Time2a.of(start.plusMinutes(30)), tiers, 1_000_000, 1_050_000, 50_000, 50_000, 90_000, "LSVAU2180N2183294",
                0x01, Cp56Time2a.of(start.plusMinutes(31)), new StopReason(0x40), PhysicalCardNo.NONE);
    }

    @Test
    @Order(1)
    void recordIsConfirmedAfterTheCoreStoredItAndFiveCopiesAreStoredOnceAndAllConfirmed() throws Exception {
        String pileNo = EdgeTestBed.demoPile(2);
        TransactionRecord record = record(pileNo, 1);
        String serial = record.tradeSerial().toString();
        double confirmedBefore = bed.metric("edge_transactions_confirmed_total{result=\"accepted\"}");
        try (RawPile raw = bed.raw()) {
            assertThat(raw.login(pileNo, 2).accepted()).isTrue();

            int seq = raw.send(record);
            RawPile.Received first = raw.awaitReceived(FrameType.TRANSACTION_CONFIRM, Duration.ofSeconds(10));
            long storedWhenConfirmed = bed.count(SERIALS, serial);
            for (int i = 0; i < 4; i++) {
                raw.send(record);
                raw.awaitReceived(FrameType.TRANSACTION_CONFIRM, Duration.ofSeconds(10));
            }

            assertThat(first.sequence()).as("0x40 echoes the 0x3B's sequence").isEqualTo(seq);
            assertThat(first.message()).isEqualTo(new TransactionConfirm(record.tradeSerial(), true));
            assertThat(storedWhenConfirmed).as("stored before the 0x40 went out").isEqualTo(1);
            assertThat(raw.count(FrameType.TRANSACTION_CONFIRM)).isEqualTo(5);
        }
        assertThat(bed.count(SERIALS, serial)).as("five copies, one row").isEqualTo(1);
        assertThat(bed.metric("edge_transactions_confirmed_total{result=\"accepted\"}")).isEqualTo(confirmedBefore + 5);
    }

    @Test
    @Order(2)
    void withoutACoreNoRecordIsConfirmedAndNoLoginAnswered() throws Exception {
        String pileNo = EdgeTestBed.demoPile(3);
        TransactionRecord record = record(pileNo, 2);
        try (RawPile raw = bed.raw()) {
            assertThat(raw.login(pileNo, 2).accepted()).isTrue();
            bed.stopCore();
            double unconfirmedBefore = bed.metric("edge_transactions_unconfirmed_total");

            raw.send(record);
            EdgeTestBed.eventually("core failure noticed", () -> metric("edge_transactions_unconfirmed_total") > unconfirmedBefore);
            Thread.sleep(500);

            assertThat(raw.count(FrameType.TRANSACTION_CONFIRM)).as("no 0x40 without the core's commit").isZero();
            assertThat(raw.isClosed()).isFalse();
        }
        try (RawPile raw = bed.raw()) {
            raw.send(new LoginRequest(PileNo.parse(EdgeTestBed.demoPile(4)), PileType.DC, 2, LoginRequest.PROTOCOL_V16, "V1", 1,
                    "0".repeat(20), 0));

            assertThat(raw.awaitClosed(Duration.ofSeconds(15))).as("closed so that the pile retries").isTrue();
            assertThat(raw.count(FrameType.LOGIN_RESPONSE)).as("no answer while the core cannot decide").isZero();
        }
        assertThat(bed.metric("edge_logins_total{result=\"unavailable\"}")).isGreaterThanOrEqualTo(1);
        assertThat(bed.http("/health/ready").statusCode()).as("not ready without a core").isEqualTo(503);
        assertThat(bed.http("/health/ready").bodyAsString()).contains("core");
        assertThat(bed.http("/health/live").statusCode()).isEqualTo(200);
    }

    private static double metric(String sample) {
        try {
            return bed.metric(sample);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
