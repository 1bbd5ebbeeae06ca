package io.chargeway.core.tenant;

import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of the {@code tenants} table. Works on a pool or on a connection inside a transaction.
 * Failed Futures carry the client's exception; callers translate them.
 */
public final class TenantRepository {

    private final SqlClient client;

    /** A repository over a pool or a connection. */
    public TenantRepository(SqlClient client) {
        this.client = client;
    }

    /** The number of tenants. */
    public Future<Long> count() {
        return client.query("SELECT COUNT(*) AS n FROM tenants").execute()
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    /** Inserts an active tenant and answers its id. */
    public Future<Long> insert(String name) {
        return client.preparedQuery("INSERT INTO tenants (name, status, created_at, updated_at)"
                        + " VALUES (?, 'ACTIVE', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")
                .execute(Tuple.of(name))
                .map(rows -> rows.property(MySQLClient.LAST_INSERTED_ID));
    }
}
