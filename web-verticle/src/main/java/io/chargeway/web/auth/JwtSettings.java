package io.chargeway.web.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Token settings. Access tokens are JWTs signed with the active key (its {@code kid} goes into
 * the header); every listed key still verifies, so a key can be rotated in without logging
 * anybody out: add the new key, make it active, and drop the old one after {@code accessTtl}.
 *
 * @param issuer     the {@code iss} claim written and required
 * @param activeKid  the key that signs new tokens
 * @param keys       every key that verifies tokens, the active one included
 * @param accessTtl  lifetime of an access token
 * @param refreshTtl lifetime of a refresh token (enforced by the core, which stores them)
 */
public record JwtSettings(String issuer, String activeKid, List<Key> keys, Duration accessTtl, Duration refreshTtl) {

    /** Shortest secret accepted for HS256, in bytes (RFC 7518 section 3.2 asks for at least the hash size). */
    public static final int MIN_SECRET_BYTES = 32;

    /**
     * One verification key.
     *
     * @param kid       the key id in the token header
     * @param algorithm the JWS algorithm, HS256 unless stated
     * @param secret    the shared secret (HS*) or PEM key
     */
    public record Key(String kid, String algorithm, String secret) {
    }

    /**
     * Reads {@code web.jwt}. With no keys configured, one random key is generated for this process
     * (development only: tokens do not survive a restart and other web nodes reject them).
     *
     * @throws IllegalArgumentException when the active key is not among the keys or a secret is too short
     */
    public static JwtSettings fromJson(JsonObject json) {
        List<Key> keys = new ArrayList<>();
        for (Object o : json.getJsonArray("keys", new JsonArray())) {
            JsonObject k = (JsonObject) o;
            keys.add(new Key(k.getString("kid"), k.getString("algorithm", "HS256"), k.getString("secret")));
        }
        if (keys.isEmpty()) {
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            keys.add(new Key("dev", "HS256", Base64.getEncoder().encodeToString(random)));
        }
        for (Key k : keys) {
            if (k.kid() == null || k.kid().isBlank() || k.secret() == null || k.secret().length() < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("web.jwt.keys: every key needs a kid and a secret of at least "
                        + MIN_SECRET_BYTES + " characters");
            }
        }
        String active = json.getString("activeKid", keys.get(keys.size() - 1).kid());
        if (keys.stream().noneMatch(k -> k.kid().equals(active))) {
            throw new IllegalArgumentException("web.jwt.activeKid '" + active + "' is not among web.jwt.keys");
        }
        return new JwtSettings(json.getString("issuer", "chargeway"), active, List.copyOf(keys),
                Duration.ofSeconds(json.getLong("accessTtlSeconds", 900L)),
                Duration.ofSeconds(json.getLong("refreshTtlSeconds", 30L * 24 * 3600)));
    }

    /** Whether the keys were generated because none were configured. */
    public boolean generated() {
        return keys.size() == 1 && "dev".equals(keys.get(0).kid());
    }
}
