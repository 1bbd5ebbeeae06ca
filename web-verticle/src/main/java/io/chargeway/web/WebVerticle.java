package io.chargeway.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.api.AdminMemberRoutes;
import io.chargeway.web.api.AdminOrderRoutes;
import io.chargeway.web.api.AuditTrail;
import io.chargeway.web.api.BodyLimits;
import io.chargeway.web.api.CoreClient;
import io.chargeway.web.api.DriverOrderRoutes;
import io.chargeway.web.api.FaultPhotoRoutes;
import io.chargeway.web.api.OperationBinder;
import io.chargeway.web.api.OrderDetails;
import io.chargeway.web.api.RequestValidation;
import io.chargeway.web.api.StationScopes;
import io.chargeway.web.api.TariffRoutes;
import io.chargeway.web.auth.AccessGuard;
import io.chargeway.web.auth.AttemptLimiter;
import io.chargeway.web.auth.LoginRoutes;
import io.chargeway.web.auth.TokenService;
import io.chargeway.web.auth.sms.AliyunSmsSender;
import io.chargeway.web.auth.sms.LoggingSmsSender;
import io.chargeway.web.auth.sms.SmsGateway;
import io.chargeway.web.auth.sms.SmsSettings;
import io.chargeway.web.auth.wechat.WechatLoginClient;
import io.chargeway.web.docs.ApiDocsRoutes;
import io.chargeway.web.failure.FailureHandler;
import io.chargeway.web.live.LiveHub;
import io.chargeway.web.live.LiveRoutes;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the platform: the driver app's and the admin console's REST API under
 * {@code /api/v1}, described and validated by {@code openapi.yaml} (served at
 * {@code /api/openapi.yaml}, browsable at {@code /api/docs/}), plus live updates over WebSocket.
 * It talks to the core over the event bus only and keeps no state a second web node would need.
 *
 * <p>{@link #start()} succeeds once the server listens (port in {@link #port()}); it fails when the
 * configuration or the OpenAPI document is invalid.
 */
public final class WebVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(WebVerticle.class);
    private static final String OPENAPI = "openapi.yaml";

    private WebOptions options;
    private HttpServer server;
    private WebClient outbound;
    private long sweepTimer = -1;
    private LiveHub hub;

    @Override
    public Future<?> start() {
        try {
            options = WebOptions.fromConfig(config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        if (options.jwt().generated()) {
            LOG.warn("no web.jwt.keys configured: signing with a random key of this process (development only)");
        }
        hub = new LiveHub(vertx.eventBus(), OrderAddresses.FEED_ORDERS);
        return hub.start()
                .compose(v -> vertx.fileSystem().readFile(OPENAPI))
                .compose(yaml -> OpenAPIContract.from(vertx, OPENAPI).map(contract -> router(contract, yaml)))
                .compose(router -> vertx.createHttpServer(serverOptions()).requestHandler(router).listen(options.port(), options.host()))
                .onSuccess(s -> {
                    server = s;
                    LOG.info("web API listening [port: {}, docs: /api/docs/]", s.actualPort());
                });
    }

    /**
     * HTTP/1.1 in clear text, no h2c upgrade: Vert.x 5.0.1 can send part of a large body raw across
     * the upgrade (the JDK client offers it on every first request), and HTTP/2 belongs behind TLS at
     * the proxy anyway.
     */
    private HttpServerOptions serverOptions() {
        return new HttpServerOptions().setHttp2ClearTextEnabled(false)
                .setCompressionSupported(true).setIdleTimeout(120).setMaxWebSocketFrameSize(65_536);
    }

    private Router router(OpenAPIContract contract, Buffer yaml) {
        outbound = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000).setIdleTimeout(30));
        TokenService tokens = new TokenService(vertx, options.jwt());
        CoreClient core = new CoreClient(vertx.eventBus(), options.busTimeout());
        Map<String, AttemptLimiter> limiters = Map.of(
                "login", new AttemptLimiter(options.rateLimits().loginPerMinute(), System::currentTimeMillis),
                "sms", new AttemptLimiter(options.rateLimits().smsPerMinute(), System::currentTimeMillis));
        sweepTimer = vertx.setPeriodic(60_000, id -> limiters.values().forEach(AttemptLimiter::sweep));
        RouterBuilder builder = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
        rootHandlers(builder, contract);
        Map<String, Handler<RoutingContext>> named = new HashMap<>(new LoginRoutes(core, tokens, options.jwt(), smsGateway(),
                new WechatLoginClient(outbound, options.wechat()), options.wechat()).handlers());
        StationScopes scopes = new StationScopes(core);
        OrderDetails details = new OrderDetails(core);
        DriverOrderRoutes driverOrders = new DriverOrderRoutes(core, details);
        named.putAll(driverOrders.handlers());
        named.putAll(new AdminOrderRoutes(core, scopes, details).handlers());
        named.putAll(new AdminMemberRoutes(core).handlers());
        named.putAll(new TariffRoutes(core).handlers());
        named.putAll(new FaultPhotoRoutes(core).handlers());
        named.putAll(new LiveRoutes(vertx, hub, driverOrders::running, event -> details.detail(WebAddresses.DRIVER,
                new Caller(Caller.Kind.DRIVER, event.getLong("memberId"), event.getLong("tenantId"), Set.of(), ""),
                event.getLong("tenantId"), event.getLong("orderId")), scopes).handlers());
        new OperationBinder(new AccessGuard(tokens), new RequestValidation(vertx, contract), core, new AuditTrail(core), limiters)
                .bindAll(builder, named);
        Router router = builder.createRouter();
        ApiDocsRoutes.mount(router, yaml);
        FailureHandler failures = new FailureHandler();
        router.route().failureHandler(failures);
        for (int status : new int[] {404, 405, 413, 500}) {
            router.errorHandler(status, failures);
        }
        return router;
    }

    private void rootHandlers(RouterBuilder builder, OpenAPIContract contract) {
        if (!options.corsOrigins().isEmpty()) {
            builder.rootHandler(CorsHandler.create()
                    .addOrigins(options.corsOrigins())
                    .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE))
                    .allowedHeaders(Set.of("Authorization", "Content-Type"))
                    .maxAgeSeconds(600));
        }
        builder.rootHandler(TimeoutHandler.create(options.requestTimeout().toMillis()));
        builder.rootHandler(new BodyLimits(contract, options.bodyLimitBytes(), Map.of("photo", options.photoMaxBytes())));
    }

    private SmsGateway smsGateway() {
        if (SmsSettings.ALIYUN.equals(options.sms().provider())) {
            return new AliyunSmsSender(outbound, options.sms());
        }
        LOG.warn("SMS provider is 'log': login codes are written to the log, not sent (development only)");
        return new LoggingSmsSender();
    }

    @Override
    public Future<?> stop() {
        if (sweepTimer >= 0) {
            vertx.cancelTimer(sweepTimer);
        }
        if (outbound != null) {
            outbound.close();
        }
        Future<Void> closed = server == null ? Future.succeededFuture() : server.close();
        return closed.eventually(() -> hub == null ? Future.succeededFuture() : hub.stop());
    }

    /** The port the API listens on, once started. */
    public int port() {
        return server.actualPort();
    }
}
