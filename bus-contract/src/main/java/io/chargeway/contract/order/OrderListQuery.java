package io.chargeway.contract.order;

import java.time.Instant;
import java.util.List;

/**
 * Orders of a tenant, newest first, filtered by whatever is set (0 or null = any).
 *
 * @param tenantId  the operator
 * @param memberId  one member's orders
 * @param stationId one station's orders
 * @param pileNo    one pile's orders
 * @param state     one state, e.g. {@code SETTLED}
 * @param from      created at or after
 * @param to        created before
 * @param beforeId   cursor: only orders with a smaller id (the previous page's {@code nextBeforeId})
 * @param limit      page size, 1..200 (0 = 50)
 * @param stationIds only orders of these stations (a station owner's or agent's); null = any, empty = none
 */
public record OrderListQuery(long tenantId, long memberId, long stationId, String pileNo, String state, Instant from,
                             Instant to, long beforeId, int limit, List<Long> stationIds) {

    /** A query of any station set. */
    public OrderListQuery(long tenantId, long memberId, long stationId, String pileNo, String state, Instant from, Instant to,
                          long beforeId, int limit) {
        this(tenantId, memberId, stationId, pileNo, state, from, to, beforeId, limit, null);
    }
}
