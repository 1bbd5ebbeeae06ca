package io.chargeway.web.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;

/**
 * Fans the core's feeds out to this verticle instance's WebSocket clients: each feed has one bus
 * consumer per instance (not per client), every event is encoded once and written to the clients
 * it concerns. Drivers get the order events of their own member id ({@code orderFeed}); admins get
 * the pile events of their tenant (station owners and agents: of their stations' piles; platform
 * admins: every tenant). Confined to one event loop.
 */
public final class LiveHub {

    private final EventBus bus;
    private final String orderFeed;
    private final Map<String, Set<LiveClient>> drivers = new HashMap<>();
    private final Map<Long, Set<LiveClient>> admins = new HashMap<>();
    private final Set<LiveClient> platformAdmins = new HashSet<>();
    private MessageConsumer<JsonObject> orders;
    private MessageConsumer<JsonObject> piles;
    private OrderFinishing finishing;

    /** A hub following {@code orderFeed} (the orders feed address) and the pile events feed. */
    public LiveHub(EventBus bus, String orderFeed) {
        this.bus = bus;
        this.orderFeed = orderFeed;
    }

    /** Calls {@code finishing} for each order event a driver gets, to add the bill when an order settles. */
    public void onOrderEvent(OrderFinishing finishing) {
        this.finishing = finishing;
    }

    /** Subscribes to the feeds. */
    public Future<Void> start() {
        orders = bus.consumer(orderFeed, m -> onOrderEvent(m.body()));
        piles = bus.consumer(Addresses.FEED_PILE_EVENTS, m -> onPileEvent(m.body()));
        return Future.all(orders.completion(), piles.completion()).mapEmpty();
    }

    /** Unsubscribes. */
    public Future<Void> stop() {
        return Future.join(orders == null ? Future.succeededFuture() : orders.unregister(),
                piles == null ? Future.succeededFuture() : piles.unregister()).mapEmpty();
    }

    /** Adds a connected client; it is removed by {@link #remove}. */
    public void add(LiveClient client) {
        Caller c = client.caller();
        if (c.kind() == Caller.Kind.DRIVER) {
            drivers.computeIfAbsent(driverKey(c.tenantId(), c.userId()), k -> new HashSet<>()).add(client);
        } else if (c.platform()) {
            platformAdmins.add(client);
        } else {
            admins.computeIfAbsent(c.tenantId(), k -> new HashSet<>()).add(client);
        }
    }

    /** Removes a client (on close). */
    public void remove(LiveClient client) {
        Caller c = client.caller();
        if (c.kind() == Caller.Kind.DRIVER) {
            Set<LiveClient> set = drivers.get(driverKey(c.tenantId(), c.userId()));
            if (set != null && set.remove(client) && set.isEmpty()) {
                drivers.remove(driverKey(c.tenantId(), c.userId()));
            }
        } else if (!platformAdmins.remove(client)) {
            Set<LiveClient> set = admins.get(c.tenantId());
            if (set != null && set.remove(client) && set.isEmpty()) {
                admins.remove(c.tenantId());
            }
        }
    }

    /** Clients connected to this instance. */
    public int clientCount() {
        return drivers.values().stream().mapToInt(Set::size).sum() + admins.values().stream().mapToInt(Set::size).sum()
                + platformAdmins.size();
    }

    private void onOrderEvent(JsonObject event) {
        if (event == null) {
            return;
        }
        Set<LiveClient> targets = drivers.get(driverKey(event.getLong("tenantId", -1L), event.getLong("memberId", -1L)));
        if (targets == null || targets.isEmpty()) {
            return;
        }
        String frame = LiveClient.frame(event);
        targets.forEach(t -> t.send(frame));
        if (finishing != null) {
            finishing.after(event, Set.copyOf(targets));
        }
    }

    private void onPileEvent(JsonObject event) {
        if (event == null) {
            return;
        }
        String type = event.getString("type", "");
        if (!(type.equals("pile.gun-status") || type.equals("pile.online") || type.equals("pile.offline") || type.equals("pile.fault"))) {
            return;
        }
        Set<LiveClient> tenant = admins.get(event.getLong("tenantId", -1L));
        if ((tenant == null || tenant.isEmpty()) && platformAdmins.isEmpty()) {
            return;
        }
        String frame = LiveClient.frame(event);
        String pileNo = event.getString("pileNo", "");
        if (tenant != null) {
            tenant.forEach(t -> {
                if (t.sees(pileNo)) {
                    t.send(frame);
                }
            });
        }
        platformAdmins.forEach(t -> t.send(frame));
    }

    private static String driverKey(long tenantId, long memberId) {
        return tenantId + ":" + memberId;
    }

    /** Adds follow-up messages (e.g. the bill) after an order event reached its drivers. */
    public interface OrderFinishing {
        /** Called once per order event with the drivers that got it. */
        void after(JsonObject event, Set<LiveClient> drivers);
    }
}
