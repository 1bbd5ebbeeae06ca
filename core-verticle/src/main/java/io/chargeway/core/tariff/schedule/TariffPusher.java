package io.chargeway.core.tariff.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.PushTariff;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.order.PileCommands;
import io.chargeway.core.tariff.TariffRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers tariffs to piles (YKC 0x58, answered by 0x57) from the {@code tariff_pushes} queue:
 * a due push is claimed with a conditional update (so one core node sends it), sent only while
 * no order runs on the pile (the document asks to change tariffs on idle piles), and marked
 * ACCEPTED when the pile accepts; an offline, busy or refusing pile is tried again after the
 * retry interval. A pile that was offline also gets the new model at its next login, when it
 * verifies its model number (0x05) and asks for the model (0x09).
 */
public final class TariffPusher {

    private static final Logger LOG = LoggerFactory.getLogger(TariffPusher.class);
    private static final String DUE = "SELECT t.pile_id, t.pile_no, t.tariff_id, t.next_attempt_at, " + "tr."
            + TariffRow.COLUMNS.replace(", ", ", tr.") + " FROM tariff_pushes t JOIN tariffs tr ON tr.id = t.tariff_id"
            + " WHERE t.state = 'PENDING' AND t.next_attempt_at <= ? ORDER BY t.next_attempt_at LIMIT 20";

    private final Pool pool;
    private final PileCommands commands;
    private final Duration retry;
    private final Clock clock;

    /** A pusher over the queue in {@code pool}, retrying every {@code retry}. */
    public TariffPusher(Pool pool, PileCommands commands, Duration retry, Clock clock) {
        this.pool = pool;
        this.commands = commands;
        this.retry = retry;
        this.clock = clock;
    }

    /** Sends every due push; completes with how many piles accepted (never fails: errors are logged). */
    public Future<Integer> pushDue() {
        Instant now = clock.instant();
        return pool.preparedQuery(DUE).execute(Tuple.of(UtcDateTimes.toColumn(now))).compose(rows -> {
            Future<Integer> chain = Future.succeededFuture(0);
            for (Row row : rows) {
                chain = chain.compose(n -> push(row, now).map(accepted -> accepted ? n + 1 : n));
            }
            return chain;
        }).recover(err -> {
            LOG.warn("tariff pushes not sent: {}", err.getMessage());
            return Future.succeededFuture(0);
        });
    }

    private Future<Boolean> push(Row row, Instant now) {
        long pileId = row.getLong("pile_id");
        String pileNo = row.getString("pile_no");
        long tariffId = row.getLong("tariff_id");
        LocalDateTime due = row.getLocalDateTime("next_attempt_at");
        TariffModel model = TariffRow.read(row).toModel();
        return claim(pileId, due, now).compose(claimed -> !claimed ? Future.succeededFuture(false) : busy(pileNo)
                .compose(isBusy -> isBusy ? failed(pileId, tariffId, "pile is charging; pushed when idle")
                        : commands.send(new PushTariff(pileNo, model)).transform(ar -> {
                            if (ar.succeeded() && ar.result().success()) {
                                LOG.info("tariff accepted by the pile [pile: {}, model: {}]", pileNo, model.modelNo());
                                return pool.preparedQuery("UPDATE tariff_pushes SET state = 'ACCEPTED', last_error = NULL,"
                                        + " updated_at = ? WHERE pile_id = ? AND tariff_id = ?").execute(Tuple.of(
                                        UtcDateTimes.toColumn(clock.instant()), pileId, tariffId)).map(true);
                            }
                            String why = ar.succeeded() ? "pile refused the tariff (0x57): " + ar.result().reason()
                                    : PlatformException.from(ar.cause()).code() == ErrorCode.PILE_OFFLINE
                                    ? "pile offline; it gets the tariff at its next login" : ar.cause().getMessage();
                            LOG.info("tariff not installed yet [pile: {}, model: {}]: {}", pileNo, model.modelNo(), why);
                            return failed(pileId, tariffId, why);
                        })));
    }

    private Future<Boolean> claim(long pileId, LocalDateTime due, Instant now) {
        return pool.preparedQuery("UPDATE tariff_pushes SET next_attempt_at = ?, attempts = attempts + 1, updated_at = ?"
                + " WHERE pile_id = ? AND state = 'PENDING' AND next_attempt_at = ?").execute(Tuple.of(
                UtcDateTimes.toColumn(now.plus(retry)), UtcDateTimes.toColumn(now), pileId, due)).map(r -> r.rowCount() == 1);
    }

    private Future<Boolean> busy(String pileNo) {
        return pool.preparedQuery("SELECT COUNT(*) AS n FROM charge_orders WHERE active_pile_id ="
                + " (SELECT id FROM piles WHERE pile_no = ?)")
                .execute(Tuple.of(pileNo)).map(rows -> rows.iterator().next().getLong("n") > 0);
    }

    private Future<Boolean> failed(long pileId, long tariffId, String why) {
        String text = why == null ? "unknown" : why.length() > 255 ? why.substring(0, 255) : why;
        return pool.preparedQuery("UPDATE tariff_pushes SET last_error = ?, updated_at = ? WHERE pile_id = ? AND tariff_id = ?")
                .execute(Tuple.of(text, UtcDateTimes.toColumn(clock.instant()), pileId, tariffId)).map(false);
    }
}
