package io.chargeway.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class TokenRotationTest {

    private static final String OLD = "old-secret-0123456789abcdef0123456789";
    private static final String NEW = "new-secret-0123456789abcdef0123456789";
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    private static TokenService service(String activeKid, JsonObject... keys) {
        return new TokenService(vertx, JwtSettings.fromJson(new JsonObject().put("activeKid", activeKid)
                .put("keys", new JsonArray(java.util.List.of((Object[]) keys)))));
    }

    private static JsonObject key(String kid, String secret) {
        return new JsonObject().put("kid", kid).put("secret", secret);
    }

    private static Caller admin() {
        return new Caller(Caller.Kind.ADMIN, 12, 3, Set.of("station:read", "station:write"), "10.0.0.1");
    }

    private static Throwable failure(Future<?> f) throws Exception {
        return f.transform(ar -> Future.succeededFuture(ar.cause())).await(10, TimeUnit.SECONDS);
    }

    @Test
    void aTokenCarriesTheCallerAndTheActiveKeyId() throws Exception {
        TokenService tokens = service("k1", key("k1", OLD));
        String token = tokens.issue(admin());
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new JsonObject(header).getString("kid")).isEqualTo("k1");
        Caller back = tokens.verify(token, "10.0.0.2").await(10, TimeUnit.SECONDS);
        assertThat(back.userId()).isEqualTo(12);
        assertThat(back.tenantId()).isEqualTo(3);
        assertThat(back.permissions()).containsExactlyInAnyOrder("station:read", "station:write");
        assertThat(back.remoteAddress()).isEqualTo("10.0.0.2");
    }

    @Test
    void tokensOfThePreviousKeyStillVerifyDuringARotation() throws Exception {
        String before = service("k1", key("k1", OLD)).issue(admin());
        TokenService rotated = service("k2", key("k1", OLD), key("k2", NEW));
        String after = rotated.issue(admin());
        assertThat(rotated.verify(before, "").await(10, TimeUnit.SECONDS).userId()).isEqualTo(12);
        assertThat(rotated.verify(after, "").await(10, TimeUnit.SECONDS).userId()).isEqualTo(12);
        assertThat(service("k1", key("k1", OLD)).verify(after, "").transform(ar -> Future.succeededFuture(ar.failed()))
                .await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRetiredKeysTokensAreRejected() throws Exception {
        String old = service("k1", key("k1", OLD)).issue(admin());
        Throwable t = failure(service("k2", key("k2", NEW)).verify(old, ""));
        assertThat(t).isInstanceOf(PlatformException.class).hasMessageContaining("invalid or expired");
    }

    @Test
    void aTamperedTokenIsRejected() throws Exception {
        TokenService tokens = service("k1", key("k1", OLD));
        String[] parts = tokens.issue(admin()).split("\\.");
        JsonObject claims = new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8)).put("tid", 0);
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.encode().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(failure(tokens.verify(forged, ""))).isInstanceOf(PlatformException.class);
    }

    @Test
    void shortSecretsAndUnknownActiveKeysAreConfigurationErrors() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JwtSettings.fromJson(new JsonObject().put("keys",
                new JsonArray().add(key("k1", "short"))))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JwtSettings.fromJson(new JsonObject().put("activeKid", "k9")
                .put("keys", new JsonArray().add(key("k1", OLD))))).hasMessageContaining("k9");
    }
}
