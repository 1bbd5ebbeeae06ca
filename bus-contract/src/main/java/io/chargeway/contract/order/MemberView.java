package io.chargeway.contract.order;

import java.time.Instant;
import java.util.List;

/**
 * A member with the cards and vehicles bound to them.
 *
 * @param memberId    the member
 * @param tenantId    the operator
 * @param phone       the mobile number
 * @param displayName the name shown to operators
 * @param status      {@code ACTIVE} or {@code FROZEN}
 * @param cards       bound cards as {@code physical/logical} numbers
 * @param vins        bound vehicles
 * @param createdAt   when registered
 */
public record MemberView(long memberId, long tenantId, String phone, String displayName, String status, List<String> cards,
                         List<String> vins, Instant createdAt) {
}
