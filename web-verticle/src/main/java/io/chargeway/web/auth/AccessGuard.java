package io.chargeway.web.auth;

import java.util.Map;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.Operation;

/**
 * Authenticates and authorises one operation before its input is validated, as its OpenAPI
 * extensions say: {@code x-access} ({@code public}, {@code driver} or {@code admin}),
 * {@code x-permission} (a permission code the admin's roles must grant) and {@code x-platform}
 * ({@code true}: platform admins only). The token comes from {@code Authorization: Bearer ...},
 * or, for WebSocket upgrades that browsers cannot give headers, from {@code access_token}.
 * The proven {@link Caller} is put into the context under {@link #CALLER}.
 */
public final class AccessGuard {

    /** The routing-context key of the caller. */
    public static final String CALLER = "chargeway.caller";
    /** The routing-context key of the access token's expiry ({@link java.time.Instant}). */
    public static final String EXPIRES_AT = "chargeway.tokenExpiresAt";

    private final TokenService tokens;

    /** A guard verifying tokens with {@code tokens}. */
    public AccessGuard(TokenService tokens) {
        this.tokens = tokens;
    }

    /** The caller of a request that passed the guard. */
    public static Caller caller(RoutingContext rc) {
        return rc.get(CALLER);
    }

    /**
     * The guard of {@code operation}.
     *
     * @throws IllegalArgumentException when the operation lacks a valid {@code x-access}
     */
    public Handler<RoutingContext> handler(Operation operation) {
        Map<String, Object> ext = operation.getExtensions();
        String access = String.valueOf(ext.get("x-access"));
        String permission = (String) ext.get("x-permission");
        boolean platformOnly = Boolean.TRUE.equals(ext.get("x-platform"));
        Caller.Kind required = switch (access) {
            case "public" -> null;
            case "driver" -> Caller.Kind.DRIVER;
            case "admin" -> Caller.Kind.ADMIN;
            default -> throw new IllegalArgumentException("operation " + operation.getOperationId() + " needs x-access");
        };
        return rc -> {
            String remote = rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress();
            if (required == null) {
                rc.put(CALLER, Caller.anonymous(remote));
                rc.next();
                return;
            }
            String token = bearer(rc);
            if (token == null) {
                rc.fail(new PlatformException(ErrorCode.UNAUTHORIZED, "a Bearer access token is required"));
                return;
            }
            tokens.verifyToken(token, remote).onFailure(rc::fail).onSuccess(verified -> {
                Caller caller = verified.caller();
                if (caller.kind() != required) {
                    rc.fail(new PlatformException(ErrorCode.FORBIDDEN, "this route is for " + access + " accounts"));
                } else if (permission != null && !caller.can(permission)) {
                    rc.fail(new PlatformException(ErrorCode.FORBIDDEN, "missing permission " + permission));
                } else if (platformOnly && !caller.platform()) {
                    rc.fail(new PlatformException(ErrorCode.FORBIDDEN, "only platform admins may do this"));
                } else {
                    rc.put(CALLER, caller);
                    rc.put(EXPIRES_AT, verified.expiresAt());
                    rc.next();
                }
            });
        };
    }

    private static String bearer(RoutingContext rc) {
        String header = rc.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = header.substring(7).trim();
            return t.isEmpty() ? null : t;
        }
        if (rc.request().headers().contains("Upgrade", "websocket", true)) {
            return rc.request().getParam("access_token");
        }
        return null;
    }
}
