package io.chargeway.core.tariff;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.TariffModel;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of the {@code tariffs} table. Works on a pool or on a connection inside a transaction.
 * Failed Futures carry a {@link PlatformException} for domain outcomes and the client's
 * exception otherwise; callers translate the latter.
 */
public final class TariffRepository {

    private static final String EFFECTIVE_FOR_PILE = "SELECT t.id AS tariff_id, "
            + prefixed("t.", TariffRow.COLUMNS)
            + " FROM piles p JOIN stations s ON s.id = p.station_id"
            + " LEFT JOIN tariffs t ON t.id = COALESCE(p.tariff_id, s.tariff_id) AND t.tenant_id = p.tenant_id"
            + " WHERE p.pile_no = ?";

    private final SqlClient client;

    /** A repository over a pool or a connection. */
    public TariffRepository(SqlClient client) {
        this.client = client;
    }

    /** Inserts a tariff of a tenant and answers its id. */
    public Future<Long> insert(long tenantId, String name, TariffModel model) {
        Tuple params = TariffRow.of(model).params().addLong(tenantId).addString(name);
        return client.preparedQuery("INSERT INTO tariffs (" + TariffRow.COLUMNS + ", tenant_id, name, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")
                .execute(params)
                .map(rows -> rows.property(MySQLClient.LAST_INSERTED_ID));
    }

    /**
     * The tariff a pile must use: its own when set, else its station's.
     *
     * @return the tariff; failed with {@link ErrorCode#PILE_NOT_REGISTERED} for an unknown pile and
     *         {@link ErrorCode#NOT_FOUND} when neither the pile nor its station has a tariff,
     *         {@link ErrorCode#INTERNAL} when the stored tariff breaks the model's rules
     */
    public Future<TariffModel> effectiveForPile(String pileNo) {
        return client.preparedQuery(EFFECTIVE_FOR_PILE).execute(Tuple.of(pileNo)).compose(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return Future.failedFuture(new PlatformException(ErrorCode.PILE_NOT_REGISTERED,
                        "pile " + pileNo + " is not registered; add it in the admin console"));
            }
            Row row = it.next();
            if (row.getLong("tariff_id") == null) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND,
                        "pile " + pileNo + " has no tariff; assign one to the pile or to its station"));
            }
            try {
                return Future.succeededFuture(TariffRow.read(row).toModel());
            } catch (IllegalArgumentException e) {
                return Future.failedFuture(new PlatformException(ErrorCode.INTERNAL,
                        "the tariff of pile " + pileNo + " is invalid in the database: " + e.getMessage(), e));
            }
        });
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }
}
