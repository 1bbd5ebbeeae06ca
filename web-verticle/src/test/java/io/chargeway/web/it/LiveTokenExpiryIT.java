package io.chargeway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.web.Caller;
import io.chargeway.web.auth.JwtSettings;
import io.chargeway.web.auth.TokenService;
import io.chargeway.web.live.LiveRoutes;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Live sockets live no longer than their access token, over a real WebSocket against the
 * {@code all} role with two-second tokens: at expiry the client is told, the socket closes with
 * status 4001 and a reason, and a reconnect with a fresh token is greeted and resumes from the
 * snapshot. A socket whose token is valid outlives the HTTP request timeout.
 */
class LiveTokenExpiryIT {

    private static AllRoleStack stack;
    private static TokenService shortTokens;

    @BeforeAll
    static void start() {
        // a short request timeout: a live socket is not a request, the timeout must not end it
        stack = AllRoleStack.start("web_expiry", new JsonObject().put("requestTimeoutMs", 1000));
        shortTokens = new TokenService(stack.vertx, JwtSettings.fromJson(new JsonObject().put("accessTtlSeconds", 2)
                .put("keys", new JsonArray().add(new JsonObject().put("kid", "it").put("secret", AllRoleStack.SECRET)))));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static String driverToken() {
        return shortTokens.issue(new Caller(Caller.Kind.DRIVER, 1, stack.demoTenantId(), Set.of(), ""));
    }

    @Test
    void aSocketClosesWhenItsTokenExpiresAndAFreshTokenResumes() throws Exception {
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        CompletableFuture<String> closed = new CompletableFuture<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(stack.port)
                .setURI("/api/v1/live/driver?access_token=" + driverToken());
        AllRoleStack.await(stack.sockets.connect(options).onSuccess(ws -> {
            ws.textMessageHandler(t -> messages.add(new JsonObject(t)));
            ws.closeHandler(v -> closed.complete(ws.closeStatusCode() + " " + ws.closeReason()));
        }));
        JsonObject hello = messages.poll(10, TimeUnit.SECONDS);
        assertThat(hello.getString("type")).isEqualTo("hello");
        assertThat(hello.getString("expiresAt")).isNotNull();
        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("snapshot");

        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(LiveRoutes.TOKEN_EXPIRED + " " + LiveRoutes.TOKEN_EXPIRED_REASON);
        assertThat(messages.poll(1, TimeUnit.SECONDS).getString("type")).isEqualTo("token.expired");

        LinkedBlockingQueue<JsonObject> again = new LinkedBlockingQueue<>();
        WebSocket resumed = stack.live("/api/v1/live/driver?access_token=" + driverToken(), null, again);
        assertThat(again.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("hello");
        assertThat(again.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("snapshot");
        resumed.close();
    }

    @Test
    void aSocketOutlivesTheRequestTimeout() throws Exception {
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Short> closed = new CompletableFuture<>();
        WebSocket socket = stack.live("/api/v1/live/driver", stack.driverToken(1, stack.demoTenantId()), messages);
        socket.closeHandler(v -> closed.complete(socket.closeStatusCode()));
        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("hello");
        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("snapshot");

        AllRoleStack.sleep(2_500);
        socket.writeTextMessage("ping");

        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("pong");
        assertThat(closed).isNotDone();
        socket.close();
    }
}
