package io.chargeway.core.order.settlement;

import java.time.Instant;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.core.member.MemberRepository;
import io.chargeway.core.order.ChargeMode;
import io.chargeway.core.order.NewOrder;
import io.chargeway.core.order.OrderRepository;
import io.chargeway.core.order.OrderRow;
import io.chargeway.core.order.OrderState;
import io.chargeway.core.pile.PileRegistration;
import io.chargeway.core.pile.PileRepository;
import io.chargeway.core.tariff.schedule.TariffHistory;
import io.chargeway.core.wallet.Hold;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Creates the order of a transaction record the platform never saw (offline card charging,
 * reference 14.5, or a session whose start the platform lost): the pile from the registry, the
 * payer from the card or VIN binding (none when unknown: the order is then flagged), the tariff
 * in force at the session's start. The order is written in AWAITING_RECORD with no hold, inside
 * the settlement's transaction, and settled right after like any other.
 */
final class OfflineOrders {

    private static final String NO_CARD = "0000000000000000";

    private OfflineOrders() {
    }

    /**
     * Creates the order of {@code record}.
     *
     * @return the new order (locked by the insert); failed with {@link ErrorCode#PILE_NOT_REGISTERED}
     *         for an unknown pile, or the client's duplicate-key error when another node created it first
     */
    static Future<OrderRow> create(SqlClient conn, TransactionRecorded record, Instant now) {
        return new PileRepository(conn).findByPileNo(record.pileNo()).compose(found -> {
            PileRegistration pile = found.orElse(null);
            if (pile == null) {
                return Future.failedFuture(new PlatformException(ErrorCode.PILE_NOT_REGISTERED, "transaction record "
                        + record.tradeSerial() + " names pile " + record.pileNo() + ", which is not registered"));
            }
            Instant start = record.startedAt() != null ? record.startedAt() : now;
            return payer(conn, pile.tenantId(), record)
                    .compose(payer -> TariffHistory.at(conn, pile.id(), pile.stationId(), pile.pileNo(), start)
                            .compose(tariff -> {
                                NewOrder order = new NewOrder(record.tradeSerial(), pile.tenantId(), pile.stationId(), pile.id(),
                                        pile.pileNo(), record.gun(), payer.memberId(), trigger(record), ChargeMode.FULL, 0,
                                        OrderState.AWAITING_RECORD, Hold.NONE, tariff, card(record), payer.logicalCardNo(),
                                        emptyToNull(record.vin()), null, "record of a session the platform never saw ("
                                        + trigger(record) + ")", now);
                                return OrderRepository.insert(conn, order).map(id -> new OrderRow(id, record.tradeSerial(),
                                        pile.tenantId(), pile.stationId(), pile.id(), pile.pileNo(), record.gun(),
                                        payer.memberId(), order.trigger(), ChargeMode.FULL, 0, OrderState.AWAITING_RECORD,
                                        Hold.NONE, tariff, card(record), now, null));
                            }));
        });
    }

    private static Future<MemberRepository.Credential> payer(SqlClient conn, long tenantId, TransactionRecorded record) {
        Future<MemberRepository.Credential> found;
        if (card(record) != null) {
            found = MemberRepository.byCard(conn, tenantId, card(record));
        } else if (emptyToNull(record.vin()) != null) {
            found = MemberRepository.byVin(conn, tenantId, record.vin().trim());
        } else {
            found = Future.succeededFuture(null);
        }
        return found.map(c -> c != null ? c : new MemberRepository.Credential(0, "NONE", null));
    }

    private static String trigger(TransactionRecorded record) {
        String t = record.trigger();
        return t == null || t.isBlank() ? "OFFLINE_CARD" : t;
    }

    private static String card(TransactionRecorded record) {
        String c = record.physicalCardNo();
        return c == null || c.isBlank() || NO_CARD.equals(c) ? null : c.toUpperCase(java.util.Locale.ROOT);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
