package io.chargeway.web.auth;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

/**
 * Issues and verifies access tokens (JWT, RFC 7519). A token is signed with the active key and
 * names it in the {@code kid} header; verification accepts every configured key, so rotation is:
 * add a key, make it active on every web node, remove the old key once the last token it signed
 * expired ({@link JwtSettings#accessTtl()}). Claims: {@code sub} ({@code admin:12}/{@code driver:7}),
 * {@code knd}, {@code uid}, {@code tid} (tenant), {@code prm} (permission codes), {@code iss},
 * {@code iat}, {@code exp}.
 */
public final class TokenService {

    private final JwtSettings settings;
    private final JWTAuth signer;
    private final JWTAuth verifier;

    /** Builds the signer (active key only) and the verifier (all keys). */
    public TokenService(Vertx vertx, JwtSettings settings) {
        this.settings = settings;
        JWTOptions jwtOptions = new JWTOptions().setIssuer(settings.issuer()).setLeeway(5);
        JWTAuthOptions signing = new JWTAuthOptions().setJWTOptions(jwtOptions);
        JWTAuthOptions verifying = new JWTAuthOptions().setJWTOptions(jwtOptions);
        for (JwtSettings.Key key : settings.keys()) {
            PubSecKeyOptions k = new PubSecKeyOptions().setAlgorithm(key.algorithm()).setBuffer(key.secret()).setId(key.kid());
            verifying.addPubSecKey(k);
            if (key.kid().equals(settings.activeKid())) {
                signing.addPubSecKey(new PubSecKeyOptions(k));
            }
        }
        this.signer = JWTAuth.create(vertx, signing);
        this.verifier = JWTAuth.create(vertx, verifying);
    }

    /** A signed access token for {@code caller}, valid for the configured access TTL. */
    public String issue(Caller caller) {
        JsonObject claims = new JsonObject()
                .put("sub", caller.kind().name().toLowerCase() + ":" + caller.userId())
                .put("knd", caller.kind().name())
                .put("uid", caller.userId())
                .put("tid", caller.tenantId())
                .put("prm", new JsonArray(caller.permissions().stream().sorted().toList()));
        JwtSettings.Key active = settings.keys().stream().filter(k -> k.kid().equals(settings.activeKid())).findFirst().orElseThrow();
        return signer.generateToken(claims, new JWTOptions()
                .setAlgorithm(active.algorithm())
                .setIssuer(settings.issuer())
                .setExpiresInSeconds((int) settings.accessTtl().toSeconds())
                .setHeader(new JsonObject().put("kid", active.kid())));
    }

    /** Seconds an access token lives. */
    public long accessTtlSeconds() {
        return settings.accessTtl().toSeconds();
    }

    /**
     * The caller a token proves.
     *
     * @return the caller (with {@code remoteAddress}); fails with {@code UNAUTHORIZED} when the
     *         token is malformed, signed by an unknown key, expired or from another issuer
     */
    public Future<Caller> verify(String token, String remoteAddress) {
        return verifyToken(token, remoteAddress).map(Verified::caller);
    }

    /**
     * A proven caller and when its token expires.
     *
     * @param caller    who the token proves
     * @param expiresAt the token's {@code exp}
     */
    public record Verified(Caller caller, Instant expiresAt) {
    }

    /**
     * The caller a token proves and the token's expiry, for connections that outlive a request.
     *
     * @return the caller and expiry; fails like {@link #verify}
     */
    public Future<Verified> verifyToken(String token, String remoteAddress) {
        return verifier.authenticate(new TokenCredentials(token))
                .recover(e -> Future.failedFuture(new PlatformException(ErrorCode.UNAUTHORIZED, "invalid or expired access token")))
                .compose(user -> {
                    JsonObject p = user.principal();
                    if (!settings.issuer().equals(p.getString("iss")) || !user.containsKey("exp")) {
                        return Future.failedFuture(new PlatformException(ErrorCode.UNAUTHORIZED,
                                "access token from another issuer or without expiry"));
                    }
                    try {
                        Caller.Kind kind = Caller.Kind.valueOf(p.getString("knd"));
                        Set<String> perms = new HashSet<>();
                        p.getJsonArray("prm", new JsonArray()).forEach(o -> perms.add(String.valueOf(o)));
                        Caller caller = new Caller(kind, p.getLong("uid"), p.getLong("tid"), Set.copyOf(perms), remoteAddress);
                        return Future.succeededFuture(new Verified(caller, Instant.ofEpochSecond(((Number) user.get("exp")).longValue())));
                    } catch (RuntimeException e) {
                        return Future.failedFuture(new PlatformException(ErrorCode.UNAUTHORIZED, "access token lacks its claims"));
                    }
                });
    }
}
