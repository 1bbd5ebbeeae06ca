package io.chargeway.contract.order;

/**
 * One member.
 *
 * @param tenantId the operator
 * @param memberId the member
 */
public record MemberQuery(long tenantId, long memberId) {
}
