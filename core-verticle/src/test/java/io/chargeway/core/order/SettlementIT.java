package io.chargeway.core.order;

import static io.chargeway.core.order.OrderFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.WalletView;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.core.CoreFixture;
import io.chargeway.core.db.UtcDateTimes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Settlement of transaction records handed over on the bus exactly as the edge does. */
@ExtendWith(VertxExtension.class)
class SettlementIT {

    private static final String PILE = "32010600019003";
    /** 09:50 to 10:20 Beijing: flat until 10:00, then peak (demo tariff). */
    private static final Instant START = Instant.parse("2026-11-22T01:50:00Z");
    private static final Instant END = Instant.parse("2026-11-22T02:20:00Z");
    /** flat 1.2345 kWh + peak 2.3456 kWh. */
    private static final long[] ACROSS_TEN = {0, 23_456, 12_345, 0};
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static OrderFixture orders;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "settlement");
    }

    private static String serial() {
        return PILE + "01" + "261122095000" + String.format("%04d", COUNTER.incrementAndGet());
    }

    private static String card() {
        return String.format("%016X", 0xC0DE0000L + COUNTER.incrementAndGet());
    }

    @Test
    void anOfflineCardRecordCreatesTheOrderPricesItToTheFenAndDebitsTheCardsMember() {
        long member = orders.member(10_000, 200);
        String card = card();
        orders.bindCard(member, card, "1000000000000001");
        long revenueBefore = revenue();

        TransactionAck ack = orders.send(record(PILE, serial(), ACROSS_TEN, 58_269, START, END, 0x45, card));

        assertThat(ack.accepted()).isTrue();
        OrderDetail detail = detail(ack.orderId());
        // flat 12345 * 1.30 = 160.485 fen + peak 23456 * 1.80 = 422.208 fen = 582.693 -> 583 fen
        assertThat(detail.order().state()).isEqualTo("SETTLED");
        assertThat(detail.order().trigger()).isEqualTo("OFFLINE_CARD");
        assertThat(detail.order().amountFen()).isEqualTo(583);
        assertThat(detail.order().electricityFen()).isEqualTo(321);
        assertThat(detail.order().serviceFen()).isEqualTo(262);
        assertThat(detail.order().pileAmountFen()).isEqualTo(583);
        assertThat(detail.order().discrepancy()).isFalse();
        assertThat(detail.order().memberId()).isEqualTo(member);
        assertThat(detail.transitions()).extracting(t -> t.toState()).containsExactly("AWAITING_RECORD", "SETTLED");
        assertThat(detail.transitions().get(1).fromState()).isEqualTo("AWAITING_RECORD");
        assertThat(detail.transitions().get(1).cause()).startsWith("transaction record (0x3B): 583 fen, stop 0x45 ");
        assertThat(detail.transitions().get(1).at()).isEqualTo(detail.order().settledAt());
        var row = orders.core.row("SELECT energy_deci_wh, amount_fen, hold_cash_fen, started_at, stopped_at FROM charge_orders"
                + " WHERE id = ?", ack.orderId());
        assertThat(row.getLong("energy_deci_wh")).isEqualTo(12_345 + 23_456);
        assertThat(row.getLong("amount_fen")).isEqualTo(583);
        assertThat(row.getLong("hold_cash_fen")).isZero();
        assertThat(UtcDateTimes.fromColumn(row.getLocalDateTime("started_at"))).isEqualTo(START);
        assertThat(UtcDateTimes.fromColumn(row.getLocalDateTime("stopped_at"))).isEqualTo(END);
        WalletView wallet = orders.wallet(member);
        assertThat(wallet.giftFen()).isZero();
        assertThat(wallet.cashFen()).isEqualTo(10_000 - 383);
        assertThat(revenue() - revenueBefore).isEqualTo(583);
        assertThat(orders.reconcile().balanced()).isTrue();
    }

    @Test
    void aRecordSentFiveTimesAtOnceMakesOneOrderAndOneDebit() {
        long member = orders.member(10_000, 0);
        String card = card();
        orders.bindCard(member, card, "1000000000000002");
        TransactionRecorded record = record(PILE, serial(), ACROSS_TEN, 58_269, START, END, 0x40, card);

        List<Future<Message<JsonObject>>> sends = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sends.add(orders.core.vertx.eventBus().request(Addresses.CORE_PILE_TRANSACTION, BusJson.toJson(record)));
        }
        CoreFixture.await(Future.all(sends));
        TransactionAck later = orders.send(record);

        long orderId = later.orderId();
        for (Future<Message<JsonObject>> send : sends) {
            TransactionAck ack = BusJson.fromJson(send.result().body(), TransactionAck.class);
            assertThat(ack.accepted()).isTrue();
            assertThat(ack.orderId()).isEqualTo(orderId);
        }
        assertThat(orders.core.count("SELECT COUNT(*) FROM charge_orders WHERE trade_serial = ?", record.tradeSerial())).isEqualTo(1);
        assertThat(orders.core.count("SELECT COUNT(*) FROM order_settlements WHERE trade_serial = ?", record.tradeSerial()))
                .isEqualTo(1);
        assertThat(orders.core.count("SELECT COUNT(*) FROM ledger_journals WHERE reference = ?", record.tradeSerial())).isEqualTo(1);
        assertThat(orders.wallet(member).cashFen()).isEqualTo(10_000 - 583);
    }

    @Test
    void whatTheWalletCannotCoverBecomesArrears() {
        long member = orders.member(100, 0);
        String card = card();
        orders.bindCard(member, card, "1000000000000003");

        orders.send(record(PILE, serial(), ACROSS_TEN, 58_269, START, END, 0x40, card));

        WalletView wallet = orders.wallet(member);
        assertThat(wallet.cashFen()).isZero();
        assertThat(wallet.arrearsFen()).isEqualTo(483);
        assertThat(wallet.availableFen()).isZero();
        assertThat(orders.core.count("SELECT to_arrears_fen FROM order_settlements s JOIN charge_orders o ON o.id = s.order_id"
                + " WHERE o.member_id = ?", member)).isEqualTo(483);
        orders.adjust(member, "CASH", 1000);
        assertThat(orders.wallet(member)).satisfies(w -> {
            assertThat(w.arrearsFen()).isZero();
            assertThat(w.cashFen()).isEqualTo(517);
        });
        assertThat(orders.reconcile().balanced()).isTrue();
    }

    @Test
    void aRecordOfAnUnknownCardIsBookedWithoutPayerAndFlagged() {
        TransactionAck ack = orders.send(record(PILE, serial(), ACROSS_TEN, 58_269, START, END, 0x40, card()));

        OrderDetail detail = detail(ack.orderId());
        assertThat(detail.order().payerType()).isEqualTo("NONE");
        assertThat(detail.order().discrepancy()).isTrue();
        assertThat(orders.core.row("SELECT notes FROM order_settlements WHERE order_id = ?", ack.orderId()).getString("notes"))
                .contains("no payer");
        assertThat(orders.core.count("SELECT COUNT(*) FROM ledger_entries WHERE reference = ?", detail.order().tradeSerial()))
                .isZero();
    }

    @Test
    void aPileAmountBeyondTheToleranceIsFlaggedAndThePlatformAmountCharged() {
        TransactionAck ack = orders.send(record(PILE, serial(), ACROSS_TEN, 50_000, START, END, 0x40, null));

        Row s = orders.core.row("SELECT amount_fen, pile_amount_centi_fen, discrepancy_fen, flagged, notes FROM order_settlements"
                + " WHERE order_id = ?", ack.orderId());
        assertThat(s.getLong("amount_fen")).isEqualTo(583);
        assertThat(s.getLong("pile_amount_centi_fen")).isEqualTo(50_000);
        assertThat(s.getLong("discrepancy_fen")).isEqualTo(83);
        assertThat(s.getBoolean("flagged")).isTrue();
        assertThat(s.getString("notes")).contains("platform amount 583 fen, pile amount 500 fen");
    }

    @Test
    void everyStopReasonThePileReportsIsRecordedWithItsClass() {
        List<Integer> codes = new ArrayList<>();
        for (int code = 0x40; code <= 0x90; code++) {
            codes.add(code);
        }
        codes.addAll(List.of(0x00, 0x91, 0xFF));
        List<Future<Message<JsonObject>>> sends = new ArrayList<>();
        List<String> serials = new ArrayList<>();
        for (int code : codes) {
            String serial = serial();
            serials.add(serial);
            sends.add(orders.core.vertx.eventBus().request(Addresses.CORE_PILE_TRANSACTION,
                    BusJson.toJson(record(PILE, serial, new long[] {0, 0, 0, 0}, 0, START, START, code, null))));
        }
        CoreFixture.await(Future.all(sends));

        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            Row row = orders.core.row("SELECT s.stop_reason_code, s.stop_category, s.stop_reason, o.state FROM order_settlements s"
                    + " JOIN charge_orders o ON o.id = s.order_id WHERE s.trade_serial = ?", serials.get(i));
            assertThat(row.getInteger("stop_reason_code")).isEqualTo(code);
            assertThat(row.getString("stop_category")).isEqualTo(PileStopCategory.of(code).name());
            assertThat(row.getString("stop_reason")).isEqualTo(String.format("0x%02X stop reason %d", code, code));
            assertThat(row.getString("state")).isEqualTo("SETTLED");
        }
    }

    private static OrderDetail detail(long orderId) {
        return BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_GET, new OrderQuery(OrderFixture.TENANT, orderId, null)),
                OrderDetail.class);
    }

    private static long revenue() {
        return orders.core.count("SELECT COALESCE(SUM(balance_fen), 0) FROM ledger_accounts WHERE account_type = 'OPERATOR_REVENUE'");
    }
}
