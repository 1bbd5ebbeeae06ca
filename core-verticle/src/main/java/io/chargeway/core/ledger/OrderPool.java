package io.chargeway.core.ledger;

import io.chargeway.core.db.DatabaseOptions;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.sqlclient.Pool;

/**
 * The database pool of orders, wallets and the ledger: every connection runs at READ COMMITTED,
 * and prepared statements are cached per connection.
 *
 * <p>Why READ COMMITTED: every decision here is taken on rows the statement or transaction
 * locked ({@code SELECT ... FOR UPDATE}, conditional updates, unique keys). Under REPEATABLE READ
 * the same statements also take gap locks where no row matched (a gun event finding no running
 * order, a settlement locking a trade serial about to be inserted), and concurrent inserts into
 * those gaps (the next start on that gun, the order of an offline record) deadlock on them.
 *
 * <p>Created inside the core verticle, the pool is closed when the verticle is undeployed.
 */
public final class OrderPool {

    private static final String READ_COMMITTED = "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED";
    private static final int STATEMENT_CACHE = 256;

    private OrderPool() {
    }

    /** A pool on the core's database, sized like the core's own. */
    public static Pool create(Vertx vertx, DatabaseOptions database) {
        return create(vertx, database, "chargeway-orders-db", database.poolSize());
    }

    /** A pool on the core's database with its own name and size. */
    public static Pool create(Vertx vertx, DatabaseOptions database, String name, int size) {
        return MySQLBuilder.pool()
                .with(database.poolOptions().setName(name).setMaxSize(size))
                .connectingTo(database.connectOptions().setCachePreparedStatements(true)
                        .setPreparedStatementCacheMaxSize(STATEMENT_CACHE).setPreparedStatementCacheSqlLimit(65536))
                .withConnectHandler(conn -> conn.query(READ_COMMITTED).execute().onComplete(ar -> conn.close()))
                .using(vertx)
                .build();
    }
}
