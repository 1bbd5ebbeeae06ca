package io.chargeway.core.order;

import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.event.RemoteStartReported;
import io.chargeway.core.pile.ProcessedPileEvents;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What pile events mean for orders: live samples feed {@link LiveProgress} (which also confirms a
 * STARTING order the pile reports charging); a gun that stops charging by itself moves its order
 * to AWAITING_RECORD and, if still plugged, opens the occupancy; an unplugged gun closes it; a
 * late start reply (0x33 after "gun not plugged") confirms or fails its order.
 */
public final class PileEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(PileEventsListener.class);
    private static final int GUN_NOT_PLUGGED = 0x05;

    private final Pool pool;
    private final LiveProgress progress;
    private final OrderLifecycle lifecycle;
    private final OccupancyService occupancy;

    /** A listener acting on the orders in {@code pool}. */
    public PileEventsListener(Pool pool, LiveProgress progress, OrderLifecycle lifecycle, OccupancyService occupancy) {
        this.pool = pool;
        this.progress = progress;
        this.lifecycle = lifecycle;
        this.occupancy = occupancy;
    }

    /**
     * Subscribes {@code listener} to the pile events this core instance processed: each event
     * reaches the orders once, on the node the edge sent it to, already decoded.
     */
    public static void subscribe(ProcessedPileEvents events, PileEventsListener listener) {
        events.listen(listener::handle);
    }

    /** Handles one event; never fails (what cannot be done is logged). */
    public Future<Void> handle(PileEvent event) {
        Future<Void> done;
        if (event instanceof LiveSample sample) {
            done = progress.apply(sample);
        } else if (event instanceof GunStatusChanged change) {
            done = gunChanged(change);
        } else if (event instanceof RemoteStartReported reply) {
            done = lateStartReply(reply);
        } else {
            done = Future.succeededFuture();
        }
        return done.recover(err -> {
            LOG.warn("pile event not applied to orders [pile: {}, event: {}]: {}", event.pileNo(), event.getClass().getSimpleName(),
                    err.getMessage());
            return Future.succeededFuture();
        });
    }

    private Future<Void> gunChanged(GunStatusChanged e) {
        // a gun that starts charging confirms its STARTING order through the live sample of the
        // same 0x13 (LiveProgress), which names the session; here only the end of charging matters
        Future<Void> done = Future.succeededFuture();
        if (e.previous() == GunStatus.CHARGING && e.status() != GunStatus.CHARGING) {
            // an order the platform stopped is STOPPING and waits for its record as it is
            done = lifecycle.atGun(e.pileNo(), e.gun(), OrderState.CHARGING, OrderState.AWAITING_RECORD,
                    "gun reports " + e.status()).mapEmpty()
                    .compose(v -> e.plugged() ? occupancy.open(e.pileNo(), e.gun(), e.at()) : Future.succeededFuture());
        }
        if (!e.plugged()) {
            done = done.compose(v -> occupancy.close(e.pileNo(), e.gun(), e.at()));
        }
        return done;
    }

    private Future<Void> lateStartReply(RemoteStartReported r) {
        return OrderRepository.bySerial(pool, r.tradeSerial(), false).compose(order -> {
            if (order == null || order.state() != OrderState.STARTING) {
                return Future.succeededFuture();
            }
            if (r.started()) {
                return lifecycle.charging(order, "pile started after the gun was plugged (0x33)").mapEmpty();
            }
            if (r.failureCode() == GUN_NOT_PLUGGED) {
                return Future.succeededFuture();
            }
            return lifecycle.fail(order.id(), "pile refused the start (0x33): " + r.failureReason()).mapEmpty();
        });
    }
}
