package io.chargeway.core.demo;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.core.pile.NewPile;
import io.chargeway.core.pile.PileRepository;
import io.chargeway.core.station.StationRepository;
import io.chargeway.core.tariff.TariffRepository;
import io.chargeway.core.tenant.TenantRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the {@link DemoRegistry} (tenant, station, tariff, and ten piles with sixteen guns, or
 * as many piles as configured with {@code core.demoPiles}) when the database has no tenant yet, in
 * one transaction. Piles go in with multi-row INSERTs, so 50,000 take seconds, not minutes.
 *
 * <p>Idempotent and safe when several core nodes (or verticle instances) start at once: the
 * check and the inserts run under the named database lock {@value #LOCK}, so one seeds and the
 * others find the tenant; the unique pile numbers would refuse a second copy anyway.
 */
public final class DemoSeeder {

    /** The named lock ({@code GET_LOCK}) held while checking and seeding. */
    public static final String LOCK = "chargeway.demo-seed";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final int LOCK_WAIT_SECONDS = 30;

    private final Pool pool;
    private final int pileCount;

    /** A seeder of the default {@value DemoRegistry#PILE_COUNT} piles writing through {@code pool}. */
    public DemoSeeder(Pool pool) {
        this(pool, DemoRegistry.PILE_COUNT);
    }

    /**
     * A seeder of {@code pileCount} piles writing through {@code pool}.
     *
     * @throws IllegalArgumentException if the count is outside 1..{@value DemoRegistry#MAX_PILE_COUNT}
     */
    public DemoSeeder(Pool pool, int pileCount) {
        if (pileCount < 1 || pileCount > DemoRegistry.MAX_PILE_COUNT) {
            throw new IllegalArgumentException("demo pile count must be 1.." + DemoRegistry.MAX_PILE_COUNT + ", got " + pileCount);
        }
        this.pool = pool;
        this.pileCount = pileCount;
    }

    /**
     * Seeds unless a tenant exists.
     *
     * @return {@code true} if seeded now, {@code false} if a tenant existed; failed with the
     *         database's exception (nothing is written then), or an {@link IllegalStateException}
     *         when the lock was not granted within 30 s
     */
    public Future<Boolean> seedIfEmpty() {
        return pool.withConnection(conn -> lock(conn)
                .compose(v -> seedUnderLock(conn))
                .eventually(() -> conn.query("SELECT RELEASE_LOCK('" + LOCK + "')").execute()));
    }

    private static Future<Void> lock(SqlConnection conn) {
        return conn.query("SELECT GET_LOCK('" + LOCK + "', " + LOCK_WAIT_SECONDS + ") AS granted").execute().compose(rows -> {
            Integer granted = rows.iterator().next().getInteger("granted");
            return granted != null && granted == 1 ? Future.succeededFuture()
                    : Future.failedFuture(new IllegalStateException("demo seed lock " + LOCK + " not granted within "
                    + LOCK_WAIT_SECONDS + " s"));
        });
    }

    private Future<Boolean> seedUnderLock(SqlConnection conn) {
        return new TenantRepository(conn).count().compose(tenants -> {
            if (tenants > 0) {
                LOG.info("demo seed skipped, tenants exist [tenants: {}]", tenants);
                return Future.succeededFuture(false);
            }
            return conn.begin().compose(tx -> insertAll(conn)
                    .compose(v -> tx.commit())
                    .recover(err -> rollback(tx, err))
                    .map(true));
        });
    }

    private static Future<Void> rollback(Transaction tx, Throwable err) {
        return tx.rollback().transform(ar -> Future.failedFuture(err));
    }

    private Future<Void> insertAll(SqlConnection conn) {
        long started = System.nanoTime();
        return new TenantRepository(conn).insert(DemoRegistry.TENANT_NAME).compose(tenantId ->
                new TariffRepository(conn).insert(tenantId, DemoRegistry.TARIFF_NAME, DemoRegistry.tariff()).compose(tariffId ->
                        new StationRepository(conn).insert(DemoRegistry.station(tenantId, tariffId)).compose(stationId ->
                                new PileRepository(conn).insertAll(piles(tenantId, stationId))
                                        .onSuccess(count -> LOG.info("demo registry seeded [tenant: {}, station: {}, tariff: {},"
                                                + " piles: {} ({}..{}), millis: {}]", tenantId, stationId, tariffId, count,
                                                DemoRegistry.FIRST_PILE_NO, DemoRegistry.pileNo(pileCount),
                                                (System.nanoTime() - started) / 1_000_000)))))
                .mapEmpty();
    }

    private List<NewPile> piles(long tenantId, long stationId) {
        List<NewPile> piles = new ArrayList<>(pileCount);
        for (int i = 1; i <= pileCount; i++) {
            piles.add(DemoRegistry.pile(i, tenantId, stationId));
        }
        return piles;
    }
}
