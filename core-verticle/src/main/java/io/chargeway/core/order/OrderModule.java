package io.chargeway.core.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.order.BindCredential;
import io.chargeway.contract.order.MemberQuery;
import io.chargeway.contract.order.OccupancyRuleUpdate;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderListQuery;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.RegisterMember;
import io.chargeway.contract.order.ScheduleTariff;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.contract.order.TariffScheduleQuery;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletEntriesQuery;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.pile.StartAuthorizationRequest;
import io.chargeway.contract.redis.PipelinedConnection;
import io.chargeway.core.CoreOptions;
import io.chargeway.core.bus.JsonRequestConsumer;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.db.DrainingPool;
import io.chargeway.core.ledger.LedgerReconciliation;
import io.chargeway.core.ledger.OrderPool;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.member.MemberService;
import io.chargeway.core.order.settlement.SettlementService;
import io.chargeway.core.order.settlement.TransactionConsumer;
import io.chargeway.core.pile.ProcessedPileEvents;
import io.chargeway.core.tariff.schedule.TariffPusher;
import io.chargeway.core.tariff.schedule.TariffScheduleService;
import io.chargeway.core.wallet.WalletService;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Redis;

/**
 * Orders, wallets, members, the ledger and tariff scheduling, wired onto the event bus of the
 * core verticle that creates it: {@link OrderAddresses} for the web, the edge's
 * {@link Addresses#CORE_PILE_TRANSACTION} (settlement) and {@link Addresses#CORE_PILE_AUTHORIZE}
 * (starts at the pile), and the pile events this core instance processed
 * ({@link ProcessedPileEvents}, what it publishes on {@link Addresses#FEED_PILE_EVENTS}: with several
 * core nodes each event is applied to orders once, by the node the edge sent it to). The timers
 * run as one periodic sweep.
 */
public final class OrderModule {

    /** Statements at once for the batched point reads of starts, stops and occupancies (the pool's connections are shared). */
    private static final int READ_CONCURRENCY = 2;

    private final Vertx vertx;
    private final DrainingPool pool;
    private final DrainingPool settlementPool;
    private final Redis redis;
    private final OrderOptions options;
    private final long commandReplyMillis;
    private final Clock clock;

    /**
     * The module on the core's Redis client and its own database pools ({@link OrderPool}: one for
     * settlement, one for everything else), configured by the merged configuration's "database",
     * "core" and "orders" sections. Create it from the core verticle's start: the pools close with
     * the verticle.
     */
    public OrderModule(Vertx vertx, Redis redis, JsonObject config, Clock clock) {
        this.vertx = vertx;
        DatabaseOptions database = DatabaseOptions.fromJson(config);
        this.redis = redis;
        this.options = OrderOptions.fromJson(config);
        this.pool = new DrainingPool(OrderPool.create(vertx, database));
        // settlement has connections of its own: records are never queued behind starts, stops and queries
        this.settlementPool = new DrainingPool(OrderPool.create(vertx, database, "chargeway-settlement-db",
                options.settlementConcurrency()));
        long routerMillis = CoreOptions.fromJson(config).commandTimeoutSeconds() * 1000L;
        this.commandReplyMillis = Math.max(options.commandReplyTimeout().toMillis(), routerMillis + 5000);
        this.clock = clock;
    }

    /** Database work of this module still under way (a stopping core waits for it). */
    public int inFlight() {
        return pool.inFlight() + settlementPool.inFlight();
    }

    /**
     * Registers every consumer, listens to the pile events of {@code pileEvents} and starts the sweep;
     * answers the consumers (the caller unregisters them on stop).
     */
    public List<MessageConsumer<?>> register(ProcessedPileEvents pileEvents) {
        EventBus bus = vertx.eventBus();
        TransactionRunner tx = new TransactionRunner(vertx, pool);
        PipelinedConnection pipelined = new PipelinedConnection(redis);
        LiveOrderCache live = new LiveOrderCache(pipelined, options.liveTtlSeconds());
        OrderFeed feed = new OrderFeed(bus);
        PileCommands commands = new PileCommands(bus, commandReplyMillis);
        GunAvailability guns = new GunAvailability(pipelined);
        OrderLifecycle lifecycle = new OrderLifecycle(tx, new MoveBatcher(tx, options.moveBatchSize(),
                options.moveConcurrency()), feed, live, clock);
        OrderOpener opener = new OrderOpener(tx, guns, live, feed, new HoldPolicy(options.minStartBalanceFen()),
                options.startTimeout(), clock, options.openingBatchSize(), options.openingConcurrency());
        // pile and tariff reads for starts, and order reads for stops, batched when they arrive together
        PileTariffs piles = new PileTariffs(pool, READ_CONCURRENCY);
        StopService stops = new StopService(pool, lifecycle, commands, READ_CONCURRENCY);
        OccupancyService occupancy = new OccupancyService(tx, clock, READ_CONCURRENCY);
        PileEventsListener listener = new PileEventsListener(pool, new LiveProgress(pool, live, feed, lifecycle, stops, commands),
                lifecycle, occupancy);
        List<MessageConsumer<?>> consumers = new ArrayList<>();
        consumers.add(new TransactionConsumer(new SettlementService(new TransactionRunner(vertx, settlementPool), live, feed, clock,
                options.discrepancyToleranceFen(), options.settlementBatchSize(), options.settlementConcurrency())).register(bus));
        consumers.add(JsonRequestConsumer.serve(bus, Addresses.CORE_PILE_AUTHORIZE, StartAuthorizationRequest.class,
                new CardAuthorization(pool, piles, opener)::authorize));
        PileEventsListener.subscribe(pileEvents, listener);
        orders(bus, consumers, new StartService(pool, piles, opener, lifecycle, commands, live), stops, new OrderQueries(pool, live));
        money(bus, consumers, tx, live, commands, occupancy);
        TariffScheduleService schedules = new TariffScheduleService(tx, clock);
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.TARIFFS_SCHEDULE, ScheduleTariff.class, schedules::schedule));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.TARIFFS_SCHEDULES, TariffScheduleQuery.class,
                schedules::list));
        startSweep(new OrderSweeper(pool, lifecycle, options.startTimeout(), options.abnormalAfter(), clock), schedules,
                new TariffPusher(pool, commands, options.tariffPushRetry(), clock));
        return consumers;
    }

    private static void orders(EventBus bus, List<MessageConsumer<?>> consumers, StartService starts, StopService stops,
                               OrderQueries queries) {
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.ORDERS_START, StartOrder.class, starts::start));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.ORDERS_STOP, StopOrder.class, stops::stop));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.ORDERS_GET, OrderQuery.class, queries::get));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.ORDERS_LIST, OrderListQuery.class, queries::list));
    }

    private void money(EventBus bus, List<MessageConsumer<?>> consumers, TransactionRunner tx, LiveOrderCache live,
                       PileCommands commands, OccupancyService occupancy) {
        WalletService wallets = new WalletService(tx, live, commands, clock);
        MemberService members = new MemberService(tx, clock);
        LedgerReconciliation reconciliation = new LedgerReconciliation(pool, clock);
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.WALLET_GET, WalletQuery.class, wallets::get));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.WALLET_ADJUST, WalletAdjustment.class, wallets::adjust));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.WALLET_ENTRIES, WalletEntriesQuery.class, wallets::entries));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.MEMBERS_REGISTER, RegisterMember.class, members::register));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.MEMBERS_GET, MemberQuery.class, members::get));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.MEMBERS_BIND, BindCredential.class, members::bind));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.STATIONS_OCCUPANCY_RULE, OccupancyRuleUpdate.class,
                occupancy::setRule));
        consumers.add(JsonRequestConsumer.serve(bus, OrderAddresses.LEDGER_RECONCILE, JsonObject.class,
                q -> reconciliation.run()));
    }

    private void startSweep(OrderSweeper orders, TariffScheduleService schedules, TariffPusher pusher) {
        boolean[] running = new boolean[1];
        vertx.setPeriodic(options.sweepInterval().toMillis(), id -> {
            if (running[0]) {
                return;
            }
            running[0] = true;
            orders.sweep().compose(n -> schedules.applyDue()).compose(n -> pusher.pushDue())
                    .onComplete(ar -> running[0] = false);
        });
    }
}
