package io.chargeway.contract.web;

import java.util.Set;

/**
 * Who makes a web request, as proven by the access token. The core scopes every query with it.
 *
 * @param kind          {@link Kind#ADMIN} or {@link Kind#DRIVER}
 * @param userId        the admin user's id or the member's id
 * @param tenantId      the operator the caller belongs to; {@code 0} only for platform admins, who
 *                      may name a tenant in the input
 * @param permissions   the permission codes granted through the caller's roles (empty for drivers)
 * @param remoteAddress the client's address as the web saw it (for the audit log)
 */
public record Caller(Kind kind, long userId, long tenantId, Set<String> permissions, String remoteAddress) {

    /** Platform-wide tenant id of platform admins. */
    public static final long PLATFORM = 0L;

    /** The kinds of callers. */
    public enum Kind {
        /** A person using the admin console. */
        ADMIN,
        /** A member using the driver app. */
        DRIVER,
        /** Nobody logged in yet (login, SMS codes, refresh). */
        ANONYMOUS
    }

    /** A caller with no token, e.g. for logins; {@code tenantId} is 0. */
    public static Caller anonymous(String remoteAddress) {
        return new Caller(Kind.ANONYMOUS, 0L, PLATFORM, Set.of(), remoteAddress);
    }

    /** Whether this caller is a platform admin (sees every tenant). */
    public boolean platform() {
        return kind == Kind.ADMIN && tenantId == PLATFORM;
    }

    /** Whether the caller was granted {@code permission}. */
    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
