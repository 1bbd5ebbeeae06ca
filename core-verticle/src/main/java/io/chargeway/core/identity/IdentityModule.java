package io.chargeway.core.identity;

import java.time.Clock;
import java.util.List;

import io.chargeway.contract.web.WebAddresses;
import io.chargeway.core.admin.WebActions;
import io.chargeway.core.audit.AuditLog;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.sqlclient.Pool;

/**
 * The identity feature on {@link WebAddresses#IDENTITY} (logins, tokens, admin users, roles) and
 * the audit log on {@link WebAddresses#AUDIT}. One line in the core verticle starts it.
 */
public final class IdentityModule {

    private final Vertx vertx;
    private final Pool pool;
    private final Redis redis;
    private final JsonObject config;

    /** The module over the core's clients; {@code config} is the core's deployment config. */
    public IdentityModule(Vertx vertx, Pool pool, Redis redis, JsonObject config) {
        this.vertx = vertx;
        this.pool = pool;
        this.redis = redis;
        this.config = config;
    }

    /**
     * Registers the consumers and creates the first admin if there is none.
     *
     * @return the consumers (their {@code completion()} says when they are registered)
     */
    public List<MessageConsumer<?>> register() {
        Clock clock = Clock.systemUTC();
        int cost = config.getJsonObject("identity", new JsonObject()).getInteger("bcryptCost", PasswordHasher.COST);
        PasswordHasher hasher = new PasswordHasher(vertx, cost);
        RefreshTokens refresh = new RefreshTokens(pool, clock);
        AuditLog audit = new AuditLog(pool, clock);
        WebActions identity = new WebActions();
        new AdminLogin(pool, hasher, refresh, audit, clock).register(identity);
        DriverLogin drivers = new DriverLogin(pool, vertx.eventBus(), new SmsCodes(RedisAPI.api(redis)), refresh, clock);
        drivers.register(identity);
        new SessionRefresh(pool, refresh, drivers::account).register(identity);
        new AdminUsers(pool, hasher, refresh, clock).register(identity);
        new RoleAdmin(pool, clock).register(identity);
        BootstrapAdmin.ensure(pool, hasher, config, clock);
        return List.of(identity.register(vertx.eventBus(), WebAddresses.IDENTITY),
                audit.register(new WebActions()).register(vertx.eventBus(), WebAddresses.AUDIT));
    }
}
