package io.chargeway.core.order;

import io.chargeway.contract.command.StopCharging;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.order.OrderProgress;
import io.chargeway.core.pricing.TariffPricing;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies real-time data (0x13) to running orders: the energy since the last sample is priced
 * per half-hour slot with the order's tariff ({@link ProgressStep}), the progress is kept in
 * Redis ({@link LiveOrderCache}) and published on the order feed, a STARTING order the pile
 * reports charging moves to CHARGING (a remote start only once the platform no longer waits
 * for the pile's answer to it: the answer confirms it, and both at once would write twice),
 * and the session is stopped (0x36) when the mode's limit or the hold is reached. A pile
 * charging under an order the platform failed (the 90 s rule) is told to stop. Lossy like
 * the data: a sample that cannot be applied is logged and dropped.
 */
public final class LiveProgress {

    private static final Logger LOG = LoggerFactory.getLogger(LiveProgress.class);

    private final Pool pool;
    private final LiveOrderCache live;
    private final OrderFeed feed;
    private final OrderLifecycle lifecycle;
    private final StopService stops;
    private final PileCommands commands;

    /** Live progress over the orders in {@code pool} and the cache in Redis. */
    public LiveProgress(Pool pool, LiveOrderCache live, OrderFeed feed, OrderLifecycle lifecycle, StopService stops,
                        PileCommands commands) {
        this.pool = pool;
        this.live = live;
        this.feed = feed;
        this.lifecycle = lifecycle;
        this.stops = stops;
        this.commands = commands;
    }

    /** Applies a sample; the Future completes when everything it caused is done (never fails). */
    public Future<Void> apply(LiveSample sample) {
        if (!TradeSerials.isValid(sample.tradeSerial())) {
            return Future.succeededFuture();
        }
        return context(sample).compose(order -> order == null ? Future.succeededFuture() : advance(order, sample))
                .recover(err -> {
                    LOG.warn("live sample not applied [pile: {}, gun: {}, serial: {}]: {}", sample.pileNo(), sample.gun(),
                            sample.tradeSerial(), err.getMessage());
                    return Future.succeededFuture();
                });
    }

    private Future<LiveOrder> context(LiveSample sample) {
        return live.get(sample.tradeSerial()).compose(cached -> cached != null ? Future.succeededFuture(cached)
                : OrderRepository.bySerial(pool, sample.tradeSerial(), false).compose(row -> {
                    if (row == null) {
                        return Future.succeededFuture(null);
                    }
                    if (!row.state().holdsGun()) {
                        return stopStray(row, sample).map((LiveOrder) null);
                    }
                    LiveOrder rebuilt = LiveOrder.of(row);
                    return live.put(rebuilt).map(rebuilt);
                }));
    }

    private Future<Void> advance(LiveOrder order, LiveSample s) {
        ProgressStep step = ProgressStep.advance(order.limits(), order.progress(), s.energyDeciWh(), s.at(), s.chargingMinutes());
        OrderProgress event = new OrderProgress(order.orderId(), order.tradeSerial(), order.tenantId(), order.memberId(),
                order.pileNo(), order.gun(), step.state().energyDeciWh(), step.amountFen(), TariffPricing.centiFenToFen(Math.max(0,
                s.amountCentiFen())), s.outputDeciVolts(), s.outputDeciAmps(), s.socPercent(), s.chargingMinutes(),
                s.remainingMinutes(), order.limits().holdFen(), s.at());
        Future<Void> saved = live.progress(order.tradeSerial(), order.progress().at(), step.state(), event);
        feed.publish(event);
        if (order.state() == OrderState.STARTING && s.status() == GunStatus.CHARGING && !order.awaitingStartReply()) {
            saved = saved.compose(v -> row(order)).compose(row -> row == null ? Future.succeededFuture()
                    : lifecycle.charging(row, "pile reports charging (0x13)").mapEmpty());
        }
        if (step.stop() != null && (order.state() == OrderState.CHARGING || order.state() == OrderState.STARTING)) {
            LOG.info("session reached its limit [pile: {}, gun: {}, serial: {}, cause: {}, amountFen: {}, energyDeciWh: {}]",
                    order.pileNo(), order.gun(), order.tradeSerial(), step.stop(), step.amountFen(), step.state().energyDeciWh());
            saved = saved.compose(v -> row(order)).compose(row -> row == null ? Future.succeededFuture()
                    : stops.stop(row, step.stop()).mapEmpty());
        }
        return saved;
    }

    private Future<OrderRow> row(LiveOrder order) {
        return OrderRepository.bySerial(pool, order.tradeSerial(), false);
    }

    private Future<Void> stopStray(OrderRow row, LiveSample sample) {
        if (row.state() != OrderState.FAILED || sample.status() != GunStatus.CHARGING) {
            return Future.succeededFuture();
        }
        LOG.warn("pile charges under a failed order, stopping it [pile: {}, gun: {}, serial: {}]", row.pileNo(), row.gun(),
                row.tradeSerial());
        return commands.send(new StopCharging(row.pileNo(), row.gun())).mapEmpty();
    }
}
