package io.chargeway.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.chargeway.contract.json.BusJson;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.redis.RedisOptions;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.redis.client.Redis;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * A CoreVerticle deployed with the demo seed on an empty database of the shared embedded
 * MariaDB, plus a pool and a Redis client for the test's own checks. Blocking helpers: call them
 * from the test thread only.
 */
public final class CoreFixture {

    /** The command timeout the fixture configures, short so that timeout tests are quick. */
    public static final int COMMAND_TIMEOUT_SECONDS = 2;

    public final Vertx vertx;
    public final JsonObject config;
    public final CoreVerticle verticle;
    public final Pool pool;
    public final Redis redis;

    private CoreFixture(Vertx vertx, JsonObject config, CoreVerticle verticle) {
        this.vertx = vertx;
        this.config = config;
        this.verticle = verticle;
        this.pool = MySQLBuilder.pool().connectingTo(DatabaseOptions.fromJson(config).connectOptions()).using(vertx).build();
        this.redis = Redis.createClient(vertx, RedisOptions.fromJson(config).clientOptions());
    }

    /** Deploys a seeded core on a new database named after {@code databasePrefix}. */
    public static CoreFixture deploy(Vertx vertx, String databasePrefix) {
        JsonObject config = SharedTestInfrastructure.configWithNewDatabase(databasePrefix)
                .put("core", new JsonObject().put("seedDemo", true).put("commandTimeoutSeconds", COMMAND_TIMEOUT_SECONDS));
        CoreVerticle verticle = new CoreVerticle();
        await(vertx.deployVerticle(verticle, new DeploymentOptions().setConfig(config)));
        return new CoreFixture(vertx, config, verticle);
    }

    /** Checks and helpers for a core some test deployed itself with {@code config}. */
    public static CoreFixture attach(Vertx vertx, JsonObject config) {
        return new CoreFixture(vertx, config, null);
    }

    /** The value of a Future, waiting at most 30 s; its failure is rethrown. */
    public static <T> T await(Future<T> future) {
        try {
            return future.await(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no result within 30 s", e);
        }
    }

    /** The failure of a Future that must fail, waiting at most 30 s. */
    public static Throwable failureOf(Future<?> future) {
        return await(future.transform(ar -> ar.failed() ? Future.succeededFuture(ar.cause())
                : Future.failedFuture(new AssertionError("expected a failure, got " + ar.result()))));
    }

    /** Sends a request (a contract record or JSON) and answers the reply body. */
    public JsonObject request(String address, Object body) {
        return await(vertx.eventBus().<JsonObject>request(address, json(body))).body();
    }

    /** Sends a request that must fail and answers the bus failure. */
    public ReplyException requestFailure(String address, Object body) {
        return (ReplyException) failureOf(vertx.eventBus().request(address, json(body)));
    }

    /** The first column of the first row of a query, as a long. */
    public long count(String sql, Object... params) {
        Row row = await(pool.preparedQuery(sql).execute(Tuple.from(params))).iterator().next();
        return row.getLong(0);
    }

    /** The first row of a query. */
    public Row row(String sql, Object... params) {
        return await(pool.preparedQuery(sql).execute(Tuple.from(params))).iterator().next();
    }

    /** Runs a statement. */
    public void sql(String sql, Object... params) {
        await(pool.preparedQuery(sql).execute(Tuple.from(params)));
    }

    private static Object json(Object body) {
        return body instanceof JsonObject || body instanceof String ? body : BusJson.toJson(body);
    }
}
