package io.chargeway.sim;

import java.util.concurrent.TimeoutException;

import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.charging.PileStartConfirm;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.StartMode;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts at the pile (reference 7.1, 7.2, 14.4): a card swipe or a VIN-capable vehicle sends
 * 0x31, and the platform's 0x32 either starts the session with its serial or refuses with a
 * failure code. One request per gun at a time, answered within 30 s or failed.
 */
final class PileStartRequests {

    private static final Logger LOG = LoggerFactory.getLogger(PileStartRequests.class);
    private static final long AUTHORISATION_TIMEOUT_MILLIS = 30_000;

    private final PileEngine e;

    PileStartRequests(PileEngine engine) {
        this.e = engine;
    }

    Future<TradeSerial> requestStart(Gun gun, PhysicalCardNo card, String vin) {
        String busy = !e.isLoggedIn() ? "is not logged in" : gun.session != null ? "is charging"
                : gun.pendingAuth != null ? "is waiting for a 0x32" : gun.fault ? "is faulty" : null;
        if (busy != null) {
            return Future.failedFuture(new IllegalStateException("gun " + gun.number() + " of pile " + e.pileNo() + " " + busy));
        }
        Promise<TradeSerial> promise = Promise.promise();
        long timer = e.shard.vertx().setTimer(AUTHORISATION_TIMEOUT_MILLIS, id -> {
            if (gun.pendingAuth != null && gun.pendingAuth.promise() == promise) {
                gun.pendingAuth = null;
                promise.tryFail(new TimeoutException("no 0x32 for the start request of gun " + gun.number() + " of pile " + e.pileNo()));
            }
        });
        gun.pendingAuth = new CardAuthorisation(card, vin, promise, timer);
        e.charging.plugIfNeeded(gun);
        e.send(new PileStartRequest(e.pileNo(), gun.number(), vin.isEmpty() ? StartMode.CARD : StartMode.VIN, false, card,
                PileStartRequest.NO_PASSWORD, vin));
        return promise.future();
    }

    void onStartConfirm(PileStartConfirm confirm) {
        Gun gun = e.gunOrNull(confirm.gun());
        CardAuthorisation auth = gun == null ? null : gun.pendingAuth;
        if (auth == null) {
            LOG.debug("0x32 without a pending start request [pile: {}, gun: {}]", e.pileNo(), confirm.gun());
            return;
        }
        gun.pendingAuth = null;
        e.shard.vertx().cancelTimer(auth.timerId());
        if (!confirm.authorized()) {
            auth.promise().tryFail(new IllegalStateException(String.format("start refused by the platform: 0x%02X %s",
                    confirm.failureCode(), PileStartConfirm.describeFailure(confirm.failureCode()))));
        } else if (gun.session != null || gun.fault) {
            auth.promise().tryFail(new IllegalStateException("gun " + gun.number() + " became busy before the 0x32"));
        } else {
            TransactionTrigger trigger = auth.byVin() ? TransactionTrigger.VIN : TransactionTrigger.CARD;
            e.charging.startSession(gun, confirm.tradeSerial(), trigger, auth.card(), auth.vin(), true);
            auth.promise().tryComplete(confirm.tradeSerial());
        }
    }
}
