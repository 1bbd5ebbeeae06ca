package io.chargeway.contract.web;

/**
 * Bus addresses between the web verticle and the core features it calls. Every request is a
 * {@link WebRequest} (an action name, the authenticated {@link Caller} and the validated input);
 * every reply is a JSON object, or a failure carrying an {@link io.chargeway.contract.ErrorCode}
 * bus code. The core derives the tenant from the caller, never from the input.
 */
public final class WebAddresses {

    /** Logins, tokens, SMS codes, admin users, roles and permissions ({@code identity.*}, {@code user.*}, {@code role.*}). */
    public static final String IDENTITY = "chargeway.core.web.identity";
    /**
     * Tenants, stations, piles, guns and their live state ({@code tenant.*}, {@code station.*}, {@code pile.*}, {@code gun.*}),
     * tariffs ({@code tariff.*}), members ({@code member.*}), alarms ({@code alarm.*}), fault reports ({@code fault.*}),
     * an order's money per period ({@code order.periods}) and the caller's station scope ({@code scope.stations}).
     */
    public static final String ADMIN = "chargeway.core.web.admin";
    /**
     * A driver's own things: favourite stations ({@code favourites.*}), fault reports with photos ({@code faults.*}) and
     * an order's money per period ({@code order.periods}).
     */
    public static final String DRIVER = "chargeway.core.web.driver";
    /** Station search and detail for drivers ({@code stations.nearby}, {@code stations.detail}, {@code guns.by-qr}). */
    public static final String STATIONS = "chargeway.core.web.stations";
    /** The audit log: {@code audit.record} (send, no reply needed) and {@code audit.search}. */
    public static final String AUDIT = "chargeway.core.web.audit";
    /**
     * Feed published by the core whenever an admin write changed a station, pile or gun, so every
     * core node's station search index refreshes: {@code {"tenantId":..,"stationId":..}}.
     */
    public static final String FEED_REGISTRY_CHANGED = "chargeway.feed.registry-changed";

    private WebAddresses() {
    }
}
