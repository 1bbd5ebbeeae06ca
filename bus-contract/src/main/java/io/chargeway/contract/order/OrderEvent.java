package io.chargeway.contract.order;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A step of a charging session, published on {@link OrderAddresses#FEED_ORDERS} with
 * {@code "type"} ({@code order.state} or {@code order.progress}) and {@code "version"}.
 * Subscribers filter by tenant, member or station.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderStateChanged.class, name = "order.state"),
    @JsonSubTypes.Type(value = OrderProgress.class, name = "order.progress")
})
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface OrderEvent permits OrderStateChanged, OrderProgress {

    /** The payload version. */
    int VERSION = 1;

    /** The order. */
    long orderId();

    /** The operator. */
    long tenantId();

    /** The member paying, 0 if none. */
    long memberId();

    /** When it happened. */
    Instant at();

    /** The payload version, written into every event. */
    @JsonProperty("version")
    default int version() {
        return VERSION;
    }
}
