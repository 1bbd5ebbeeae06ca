package io.chargeway.contract.order;

/**
 * The event-bus addresses of charging orders, wallets, members, tariff scheduling and the ledger,
 * served by the core. Requests and replies are JSON objects mapped by
 * {@link io.chargeway.contract.json.BusJson}; failures carry an {@link io.chargeway.contract.ErrorCode}
 * bus code. Every request names its tenant; an id of another tenant is {@code NOT_FOUND}.
 */
public final class OrderAddresses {

    /**
     * Start a session from the platform: {@link StartOrder} -> {@link OrderView}. Replies once the pile
     * answered the start command (0x33) or the command failed; the view's state then says
     * {@code CHARGING}, {@code STARTING} (the pile waits for the gun to be plugged, up to 60 s) or
     * {@code FAILED} (with the reason). Fails before an order exists with {@code BAD_REQUEST},
     * {@code NOT_FOUND} (member, pile or gun), {@code PILE_OFFLINE}, {@code CONFLICT} (gun busy or
     * member already charging) or {@code PAYMENT_REQUIRED} (balance or arrears).
     */
    public static final String ORDERS_START = "chargeway.core.orders.start";
    /**
     * Stop a running session: {@link StopOrder} -> {@link OrderView} (state {@code STOPPING}, or
     * unchanged if the order is not running any more). {@code NOT_FOUND} for an unknown order.
     */
    public static final String ORDERS_STOP = "chargeway.core.orders.stop";
    /** One order with its transitions and live progress: {@link OrderQuery} -> {@link OrderDetail}. */
    public static final String ORDERS_GET = "chargeway.core.orders.get";
    /** Orders by member, station, pile, state and time, newest first: {@link OrderListQuery} -> {@link OrderPage}. */
    public static final String ORDERS_LIST = "chargeway.core.orders.list";

    /** A member's balances: {@link WalletQuery} -> {@link WalletView}. */
    public static final String WALLET_GET = "chargeway.core.wallet.get";
    /**
     * An operator's adjustment (top-up entry point until payment channels exist):
     * {@link WalletAdjustment} -> {@link WalletView}; idempotent on {@code requestId}.
     */
    public static final String WALLET_ADJUST = "chargeway.core.wallet.adjust";
    /** A member's ledger lines, newest first: {@link WalletEntriesQuery} -> {@link WalletEntryPage}. */
    public static final String WALLET_ENTRIES = "chargeway.core.wallet.entries";

    /** Register a member (idempotent on tenant and phone): {@link RegisterMember} -> {@link MemberView}. */
    public static final String MEMBERS_REGISTER = "chargeway.core.members.register";
    /** A member with cards and vehicles: {@link MemberQuery} -> {@link MemberView}. */
    public static final String MEMBERS_GET = "chargeway.core.members.get";
    /** Bind a charging card or a VIN to a member: {@link BindCredential} -> {@link MemberView}. */
    public static final String MEMBERS_BIND = "chargeway.core.members.bind";

    /**
     * Schedule a tariff for a station or one pile from a time on (now or later):
     * {@link ScheduleTariff} -> {@link TariffScheduleView}. At that time the core makes it the
     * effective tariff and pushes it (0x58) to the piles concerned, retrying until each accepted.
     */
    public static final String TARIFFS_SCHEDULE = "chargeway.core.tariffs.schedule";
    /** Schedules and push states of a station: {@link TariffScheduleQuery} -> {@link TariffSchedulePage}. */
    public static final String TARIFFS_SCHEDULES = "chargeway.core.tariffs.schedules";
    /** Set a station's occupancy (idle) fee rule: {@link OccupancyRuleUpdate} -> the same, as stored. */
    public static final String STATIONS_OCCUPANCY_RULE = "chargeway.core.stations.occupancy-rule";

    /** Verify the ledger: any JSON object -> {@link ReconciliationReport}. */
    public static final String LEDGER_RECONCILE = "chargeway.core.ledger.reconcile";

    /**
     * Feed of {@link OrderEvent}s (published): every state change and every progress sample of
     * every order, for the web's live updates, the dashboard and (later) CEC pushes.
     */
    public static final String FEED_ORDERS = "chargeway.feed.orders";

    private OrderAddresses() {
    }
}
