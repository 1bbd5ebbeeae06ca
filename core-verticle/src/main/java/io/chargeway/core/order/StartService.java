package io.chargeway.core.order;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.CommandResult;
import io.chargeway.contract.command.StartCharging;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.core.pile.PileRegistration;
import io.chargeway.core.pile.PileStatus;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a session from the platform (reference 14.3): checks the gun is free and online, opens
 * the order with its hold ({@link OrderOpener}), sends the remote start (0x34) with the balance
 * the pile may spend, and acts on the pile's answer (0x33): started -> CHARGING; "gun not
 * plugged" -> stays STARTING (the pile may still start within 60 s); any other refusal or an
 * offline pile -> FAILED with the hold released. A start that no answer confirms is failed by
 * the sweep after the start timeout (the 90 s rule).
 */
public final class StartService {

    private static final Logger LOG = LoggerFactory.getLogger(StartService.class);
    private static final int GUN_NOT_PLUGGED = 0x05;
    private static final String NO_CARD = "0000000000000000";

    private final Pool pool;
    private final PileTariffs piles;
    private final OrderOpener opener;
    private final OrderLifecycle lifecycle;
    private final PileCommands commands;
    private final LiveOrderCache live;

    /** A start service over the registry in {@code pool}, reading piles and tariffs through {@code piles}. */
    StartService(Pool pool, PileTariffs piles, OrderOpener opener, OrderLifecycle lifecycle, PileCommands commands,
                 LiveOrderCache live) {
        this.live = live;
        this.pool = pool;
        this.piles = piles;
        this.opener = opener;
        this.lifecycle = lifecycle;
        this.commands = commands;
    }

    /**
     * Starts a session.
     *
     * @return the order after the pile answered (CHARGING, STARTING or FAILED; as this node left it, a
     *         concurrent change such as a record arriving already may be newer); failed before an
     *         order exists with BAD_REQUEST, NOT_FOUND, PILE_OFFLINE, CONFLICT or PAYMENT_REQUIRED
     */
    public Future<OrderView> start(StartOrder request) {
        ChargeLimit limit = ChargeLimit.of(request);
        if (request.pileNo() == null || !request.pileNo().matches("\\d{14}") || request.gun() < 1 || request.gun() > 99) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "a start needs a 14-digit pile and a gun 1..99"));
        }
        return pile(request)
                .compose(found -> opener.open(new Opening(found.pile(), request.gun(), request.memberId(), "APP", limit.mode(),
                        limit.value(), found.tariff(), null, null, null, "remote start requested by member " + request.memberId(),
                        true)))
                .recover(err -> Future.failedFuture(err instanceof OrderOpener.Refused r ? r.toPlatformException() : err))
                .compose(order -> sendStart(order).compose(left -> left != null ? Future.succeededFuture(OrderViews.of(left))
                        : OrderViews.one(pool, order.tenantId(), order.id(), null)));
    }

    private Future<PileTariffs.PileTariff> pile(StartOrder request) {
        return piles.of(request.pileNo()).compose(found -> {
            PileRegistration pile = found == null ? null : found.pile();
            if (pile == null || pile.tenantId() != request.tenantId() || request.gun() > pile.gunCount()) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "gun " + request.gun() + " of pile "
                        + request.pileNo() + " does not exist"));
            }
            if (pile.status() != PileStatus.ACTIVE) {
                return Future.failedFuture(StartRefusal.PILE_DISABLED.toException("pile " + pile.pileNo() + " is disabled"));
            }
            return Future.succeededFuture(found);
        });
    }

    /** Sends the start; answers the order as this node left it, or null when another change came first (read it again). */
    private Future<OrderRow> sendStart(OrderRow order) {
        String member = Long.toString(order.memberId());
        StartCharging command = new StartCharging(order.pileNo(), order.gun(), order.tradeSerial(),
                "0".repeat(Math.max(0, 16 - member.length())) + member, NO_CARD, order.hold().totalFen());
        return commands.send(command).transform(ar -> {
            if (ar.succeeded()) {
                return onAnswer(order, ar.result());
            }
            PlatformException failure = PlatformException.from(ar.cause());
            LOG.warn("remote start not confirmed [pile: {}, gun: {}, serial: {}, code: {}]: {}", order.pileNo(), order.gun(),
                    order.tradeSerial(), failure.code(), failure.getMessage());
            if (failure.code() == ErrorCode.PILE_OFFLINE) {
                return lifecycle.fail(order.id(), "start command not delivered: " + failure.getMessage())
                        .map(moved -> moved ? order.withState(OrderState.FAILED) : null);
            }
            return live.startReplyWaitEnded(order.tradeSerial()).otherwiseEmpty().map(order);
        });
    }

    private Future<OrderRow> onAnswer(OrderRow order, CommandResult result) {
        if (result.success()) {
            return lifecycle.charging(order, "pile started (0x33)");
        }
        Object code = result.reply() == null ? null : result.reply().get("failureCode");
        LOG.info("pile refused remote start [pile: {}, gun: {}, serial: {}, reason: {}]", order.pileNo(), order.gun(),
                order.tradeSerial(), result.reason());
        if (code instanceof Number n && n.intValue() == GUN_NOT_PLUGGED) {
            // the pile may still start once the gun is plugged: its late 0x33 or its live data confirm it
            return live.startReplyWaitEnded(order.tradeSerial()).otherwiseEmpty().map(order);
        }
        return lifecycle.fail(order.id(), "pile refused the start (0x33): " + result.reason())
                .map(moved -> moved ? order.withState(OrderState.FAILED) : null);
    }
}
