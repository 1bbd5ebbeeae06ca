package io.chargeway.edge.ops;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;

/**
 * The operator's HTTP port of an edge node:
 * <ul>
 *   <li>{@code GET /health/live}: the node's event loop answers;</li>
 *   <li>{@code GET /health/ready}: the pile server is listening, Redis answers a PING and a core
 *       answers on the login address (503 otherwise, with the failing check named);</li>
 *   <li>{@code GET /health}: both groups;</li>
 *   <li>{@code GET /metrics}: Prometheus text format from the node's own registry.</li>
 * </ul>
 */
public final class OperationsServer {

    private static final long CHECK_TIMEOUT_MILLIS = 3000;

    private final Vertx vertx;
    private final EdgeMetrics metrics;
    private HttpServer server;

    /** Creates the server; nothing is bound until {@link #listen}. */
    public OperationsServer(Vertx vertx, EdgeMetrics metrics) {
        this.vertx = vertx;
        this.metrics = metrics;
    }

    /**
     * Binds the health and metrics routes.
     *
     * @param listening whether the pile server is bound
     * @param redis     a check that succeeds when Redis answers
     * @param core      a check that succeeds when a core answers
     * @return a Future with the bound port; failed if the port cannot be bound
     */
    public Future<Integer> listen(String host, int port, BooleanSupplier listening, Supplier<Future<Void>> redis,
                                  Supplier<Future<Void>> core) {
        HealthChecks checks = HealthChecks.create(vertx);
        checks.register("live/event-loop", CHECK_TIMEOUT_MILLIS, p -> p.complete(Status.OK()));
        checks.register("ready/pile-server", CHECK_TIMEOUT_MILLIS,
                p -> p.complete(listening.getAsBoolean() ? Status.OK() : Status.KO(new JsonObject().put("reason", "not listening"))));
        checks.register("ready/redis", CHECK_TIMEOUT_MILLIS, p -> outcome(redis.get(), p));
        checks.register("ready/core", CHECK_TIMEOUT_MILLIS, p -> outcome(core.get(), p));
        Router router = Router.router(vertx);
        router.get("/metrics").handler(this::scrape);
        router.get("/health*").handler(HealthCheckHandler.createWithHealthChecks(checks));
        // HTTP/1.1 only: no h2c upgrade, which Vert.x 5.0.1 can garble for a large /metrics body.
        HttpServerOptions http = new HttpServerOptions().setHttp2ClearTextEnabled(false).setHost(host).setPort(port);
        server = vertx.createHttpServer(http).requestHandler(router);
        return server.listen().map(HttpServer::actualPort);
    }

    /**
     * Closes the server.
     *
     * @return a Future completed when closed
     */
    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    private void scrape(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.scrape());
    }

    private static void outcome(Future<Void> check, Promise<Status> promise) {
        check.onComplete(ar -> promise.tryComplete(ar.succeeded() ? Status.OK()
                : Status.KO(new JsonObject().put("reason", String.valueOf(ar.cause().getMessage())))));
    }
}
