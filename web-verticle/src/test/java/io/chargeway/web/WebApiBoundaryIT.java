package io.chargeway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.web.Caller;
import io.chargeway.web.auth.JwtSettings;
import io.chargeway.web.auth.TokenService;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * The web's boundary on its own (no core deployed): documents, the uniform error body, token
 * checks, validation naming every bad field, and body limits. Nothing here reaches the core, so a
 * request that passes every check gets 503 (no core answers), which proves the checks ran first.
 */
class WebApiBoundaryIT {

    private static Vertx vertx;
    private static WebClient client;
    private static TokenService tokens;
    private static TokenService otherIssuer;
    private static int webPort;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        JsonObject jwt = new JsonObject().put("keys", new JsonArray()
                .add(new JsonObject().put("kid", "k1").put("secret", "0123456789abcdef0123456789abcdef-k1")));
        JsonObject config = new JsonObject().put("web", new JsonObject().put("port", 0).put("bodyLimitBytes", 4096)
                .put("requestTimeoutMs", 2000).put("busTimeoutMs", 300).put("jwt", jwt)
                .put("rateLimits", new JsonObject().put("loginPerMinute", 3)));
        WebVerticle web = new WebVerticle();
        vertx.deployVerticle(web, new io.vertx.core.DeploymentOptions().setConfig(config)).await(20, TimeUnit.SECONDS);
        webPort = web.port();
        client = WebClient.create(vertx, new WebClientOptions().setDefaultPort(web.port()).setDefaultHost("127.0.0.1"));
        tokens = new TokenService(vertx, JwtSettings.fromJson(jwt));
        otherIssuer = new TokenService(vertx, JwtSettings.fromJson(jwt.copy().put("issuer", "someone-else")));
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    private static HttpResponse<Buffer> get(String uri, String token) throws Exception {
        var req = client.get(uri);
        if (token != null) {
            req.bearerTokenAuthentication(token);
        }
        return req.send().await(10, TimeUnit.SECONDS);
    }

    private static HttpResponse<Buffer> post(String uri, Buffer body) throws Exception {
        return client.post(uri).putHeader("Content-Type", "application/json").sendBuffer(body).await(10, TimeUnit.SECONDS);
    }

    private static String driverToken() {
        return tokens.issue(new Caller(Caller.Kind.DRIVER, 7, 1, Set.of(), ""));
    }

    @Test
    void servesTheOpenApiDocumentAndBrowsableDocs() throws Exception {
        HttpResponse<Buffer> doc = get("/api/openapi.yaml", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.bodyAsString()).contains("openapi: 3.1.0").contains("/api/v1/stations/nearby");
        HttpResponse<Buffer> docs = get("/api/docs/", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.bodyAsString()).contains("swagger-ui-bundle.js");
        assertThat(get("/api/docs/swagger-ui-bundle.js", null).statusCode()).isEqualTo(200);
    }

    /**
     * The JDK's HTTP client asks to upgrade a plain-text connection to HTTP/2 (h2c) on its first
     * request. Vert.x 5.0.1 answered a large body across that upgrade with part of it sent raw,
     * which the client read as a broken HTTP/2 frame. The server speaks HTTP/1.1 only in clear
     * text (HTTP/2 belongs behind TLS at the proxy), so every such client gets the whole document.
     */
    @Test
    void clientsOfferingTheH2cUpgradeGetTheWholeDocumentOverHttp11() throws Exception {
        int port = webPort;
        for (int i = 0; i < 20; i++) {
            java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> r = jdk.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/openapi.yaml")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
            assertThat(r.body()).startsWith("openapi: 3").contains("command.update-firmware");
        }
    }

    @Test
    void unknownRoutesGetTheUniformNotFoundBody() throws Exception {
        HttpResponse<Buffer> r = get("/api/v1/no-such-thing", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("NOT_FOUND");
        assertThat(r.bodyAsJsonObject().getJsonArray("details")).isEmpty();
    }

    @Test
    void missingMalformedForeignAndExpiredTokensAreRejectedWith401() throws Exception {
        String uri = "/api/v1/stations/nearby?latitude=32.0&longitude=118.8";
        assertThat(get(uri, null).statusCode()).isEqualTo(401);
        assertThat(get(uri, "not-a-jwt").bodyAsJsonObject().getString("code")).isEqualTo("UNAUTHORIZED");
        assertThat(get(uri, otherIssuer.issue(new Caller(Caller.Kind.DRIVER, 7, 1, Set.of(), ""))).statusCode()).isEqualTo(401);
        String expired = expiredToken();
        assertThat(get(uri, expired).statusCode()).isEqualTo(401);
    }

    private static String expiredToken() {
        JWTAuth auth = JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256")
                .setBuffer("0123456789abcdef0123456789abcdef-k1").setId("k1")));
        long now = System.currentTimeMillis() / 1000;
        JsonObject claims = new JsonObject().put("iss", "chargeway").put("knd", "DRIVER").put("uid", 7).put("tid", 1)
                .put("prm", new JsonArray()).put("iat", now - 3600).put("exp", now - 600);
        return auth.generateToken(claims, new JWTOptions().setNoTimestamp(true).setHeader(new JsonObject().put("kid", "k1")));
    }

    @Test
    void aDriverTokenDoesNotOpenAdminRoutes() throws Exception {
        HttpResponse<Buffer> r = get("/api/v1/admin/stations", driverToken());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void anAdminWithoutThePermissionIsForbidden() throws Exception {
        String token = tokens.issue(new Caller(Caller.Kind.ADMIN, 3, 1, Set.of("station:read"), ""));
        HttpResponse<Buffer> r = client.post("/api/v1/admin/stations").bearerTokenAuthentication(token)
                .sendJsonObject(new JsonObject()).await(10, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.bodyAsJsonObject().getString("message")).contains("station:write");
    }

    @Test
    void aQueryValueThatDoesNotDecodeIsABadRequestNotAnInternalError() throws Exception {
        HttpResponse<Buffer> r = get("/api/v1/stations/nearby?latitude=32&longitude=118&sort=%25", driverToken());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("BAD_REQUEST");
    }

    @Test
    void badQueryParametersAreEachNamed() throws Exception {
        HttpResponse<Buffer> r = get("/api/v1/stations/nearby?latitude=abc&longitude=500&radiusMeters=5", driverToken());
        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject body = r.bodyAsJsonObject();
        assertThat(body.getString("code")).isEqualTo("BAD_REQUEST");
        assertThat(fields(body)).contains("query.latitude", "query.longitude", "query.radiusMeters");
    }

    @Test
    void badBodiesNameEachFieldIncludingMissingAndWrongTypes() throws Exception {
        String token = tokens.issue(new Caller(Caller.Kind.ADMIN, 3, 1, Set.of("station:write"), ""));
        JsonObject station = new JsonObject().put("name", 5).put("latitude", "north").put("extra", true);
        HttpResponse<Buffer> r = client.post("/api/v1/admin/stations").bearerTokenAuthentication(token)
                .sendJsonObject(station).await(10, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(fields(r.bodyAsJsonObject())).contains("body.name", "body.latitude", "body.address", "body.longitude");
    }

    @Test
    void bodiesThatAreNotJsonAre400() throws Exception {
        HttpResponse<Buffer> r = post("/api/v1/auth/admin/login", Buffer.buffer("{not json"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("BAD_REQUEST");
    }

    @Test
    void hugeBodiesAre413() throws Exception {
        String big = "x".repeat(10_000);
        HttpResponse<Buffer> r = post("/api/v1/auth/logout", new JsonObject().put("refreshToken", big).toBuffer());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aValidRequestWithNoCoreToAnswerIs503() throws Exception {
        HttpResponse<Buffer> r = get("/api/v1/stations/nearby?latitude=32.0&longitude=118.8", driverToken());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("UNAVAILABLE");
    }

    private static java.util.List<String> fields(JsonObject error) {
        return error.getJsonArray("details").stream().map(d -> ((JsonObject) d).getString("field")).toList();
    }
}
