package io.chargeway.contract.order;

import java.time.Instant;

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
 * @param beforeId  cursor: only orders with a smaller id (the previous page's {@code nextBeforeId})
 * @param limit     page size, 1..200 (0 = 50)
 */
public record OrderListQuery(long tenantId, long memberId, long stationId, String pileNo, String state, Instant from,
                             Instant to, long beforeId, int limit) {
}
