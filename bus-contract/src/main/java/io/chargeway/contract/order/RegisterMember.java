package io.chargeway.contract.order;

/**
 * Register a member of an operator, or find the one registered with that phone before.
 *
 * @param tenantId    the operator
 * @param phone       the mobile number, 5..20 digits (optionally with a leading +)
 * @param displayName the name shown to operators (may be empty)
 */
public record RegisterMember(long tenantId, String phone, String displayName) {
}
