package io.chargeway.web.it;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.chargeway.contract.web.Caller;
import io.chargeway.core.CoreVerticle;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.chargeway.web.WebVerticle;
import io.chargeway.web.auth.JwtSettings;
import io.chargeway.web.auth.TokenService;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.sqlclient.Pool;

/**
 * The {@code all} role for web ITs: the real core (demo seed, embedded MariaDB and Redis, a fresh
 * database per stack) and the web verticle in one Vert.x, reached over real HTTP. Blocking
 * helpers: call them from the test thread.
 */
public final class AllRoleStack implements AutoCloseable {

    /** The bootstrap platform admin. */
    public static final String ROOT = "root";
    /** Its password. */
    public static final String ROOT_PASSWORD = "root-password-1";
    static final String SECRET = "web-it-secret-0123456789abcdef0123456789";

    public final Vertx vertx;
    public final WebClient http;
    public final Pool pool;
    public final JsonObject config;
    public final TokenService tokens;
    public final int port;
    /**
     * One socket client, held for the stack's life: a client nothing refers to may be collected
     * (Vert.x then closes its connections) while a handshake is still under way.
     */
    public final WebSocketClient sockets;

    private AllRoleStack(Vertx vertx, WebClient http, Pool pool, JsonObject config, TokenService tokens, int port) {
        this.vertx = vertx;
        this.http = http;
        this.pool = pool;
        this.config = config;
        this.tokens = tokens;
        this.port = port;
        this.sockets = vertx.createWebSocketClient();
    }

    /** Starts a stack on a new database named after {@code prefix}, with {@code web} merged into the web options. */
    public static AllRoleStack start(String prefix, JsonObject web) {
        Vertx vertx = Vertx.vertx();
        JsonObject jwt = new JsonObject().put("keys", new JsonArray().add(new JsonObject().put("kid", "it").put("secret", SECRET)));
        JsonObject config = SharedTestInfrastructure.configWithNewDatabase(prefix)
                .put("core", new JsonObject().put("seedDemo", true).put("commandTimeoutSeconds", 3))
                .put("identity", new JsonObject().put("bcryptCost", 4)
                        .put("bootstrapAdmin", new JsonObject().put("username", ROOT).put("password", ROOT_PASSWORD)))
                .put("web", new JsonObject().put("port", 0).put("jwt", jwt).put("rateLimits",
                        new JsonObject().put("loginPerMinute", 1000).put("smsPerMinute", 1000)).mergeIn(web, true));
        await(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));
        WebVerticle web1 = new WebVerticle();
        await(vertx.deployVerticle(web1, new DeploymentOptions().setConfig(config)));
        WebClient http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(web1.port()));
        Pool pool = MySQLBuilder.pool().connectingTo(io.chargeway.core.db.DatabaseOptions.fromJson(config).connectOptions())
                .using(vertx).build();
        TokenService tokens = new TokenService(vertx, JwtSettings.fromJson(jwt));
        AllRoleStack stack = new AllRoleStack(vertx, http, pool, config, tokens, web1.port());
        stack.waitForBootstrapAdmin();
        return stack;
    }

    private void waitForBootstrapAdmin() {
        for (int i = 0; i < 100; i++) {
            if (await(pool.query("SELECT COUNT(*) FROM admin_user_roles").execute()).iterator().next().getLong(0) > 0) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("bootstrap admin not created");
    }

    /** Sleeps, for polling. */
    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The value of a Future, waiting at most 30 s. */
    public static <T> T await(Future<T> f) {
        try {
            return f.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A request with an optional bearer token and JSON body. */
    public HttpResponse<Buffer> call(HttpMethod method, String uri, String token, JsonObject body) {
        var req = http.request(method, uri);
        if (token != null) {
            req.bearerTokenAuthentication(token);
        }
        return await(body == null ? req.send() : req.sendJsonObject(body));
    }

    /** A POST of raw bytes as {@code application/octet-stream} (photo uploads). */
    public HttpResponse<Buffer> upload(String uri, String token, byte[] bytes) {
        var req = http.request(HttpMethod.POST, uri).putHeader("Content-Type", "application/octet-stream");
        if (token != null) {
            req.bearerTokenAuthentication(token);
        }
        return await(req.sendBuffer(Buffer.buffer(bytes)));
    }

    /** An admin login; answers the token response (fails the test on a non-200). */
    public JsonObject login(String username, String password) {
        HttpResponse<Buffer> r = call(HttpMethod.POST, "/api/v1/auth/admin/login", null,
                new JsonObject().put("username", username).put("password", password));
        if (r.statusCode() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.statusCode() + " " + r.bodyAsString());
        }
        return r.bodyAsJsonObject();
    }

    /** The root admin's access token. */
    public String rootToken() {
        return login(ROOT, ROOT_PASSWORD).getString("accessToken");
    }

    /** An access token for a driver (member) of a tenant, signed like the web signs them. */
    public String driverToken(long memberId, long tenantId) {
        return tokens.issue(new Caller(Caller.Kind.DRIVER, memberId, tenantId, Set.of(), ""));
    }

    /**
     * Opens a WebSocket to this stack and feeds every text message as JSON into {@code messages};
     * the handler is set on the event loop as the socket opens, so no early message is lost.
     */
    public WebSocket live(String uri, String bearer, BlockingQueue<JsonObject> messages) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri);
        if (bearer != null) {
            options.addHeader("Authorization", "Bearer " + bearer);
        }
        return await(sockets.connect(options)
                .onSuccess(ws -> ws.textMessageHandler(t -> messages.add(new JsonObject(t)))));
    }

    /** The id of the demo tenant. */
    public long demoTenantId() {
        return await(pool.query("SELECT id FROM tenants WHERE name = 'Demo Operator'").execute()).iterator().next().getLong(0);
    }

    @Override
    public void close() {
        await(vertx.close());
    }
}
