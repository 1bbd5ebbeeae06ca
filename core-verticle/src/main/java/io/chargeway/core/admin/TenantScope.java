package io.chargeway.core.admin;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.vertx.core.json.JsonObject;

/**
 * The tenant a web request acts on. Every caller but a platform admin acts on the tenant of its
 * token, whatever the input says; a platform admin may name one ({@code tenantId} in the query
 * or the body) and otherwise acts on all tenants (reads) or must name one (writes).
 */
public final class TenantScope {

    private TenantScope() {
    }

    /**
     * The tenant to filter reads by, or null for "every tenant" (platform admins who named none).
     */
    public static Long forRead(Caller caller, JsonObject input) {
        if (!caller.platform()) {
            return caller.tenantId();
        }
        Long named = input.getLong("tenantId");
        if (named == null && input.getJsonObject("body") != null) {
            named = input.getJsonObject("body").getLong("tenantId");
        }
        return named;
    }

    /**
     * The tenant a write goes to.
     *
     * @throws PlatformException {@code BAD_REQUEST} when a platform admin named no tenant
     */
    public static long forWrite(Caller caller, JsonObject input) {
        Long t = forRead(caller, input);
        if (t == null) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "platform admins must name the tenantId to write to");
        }
        return t;
    }

    /** Whether a row of {@code rowTenant} is visible to the caller. */
    public static boolean visible(Caller caller, long rowTenant) {
        return caller.platform() || caller.tenantId() == rowTenant;
    }
}
