package io.chargeway.core.order;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pile.PileRegistration;
import io.chargeway.core.pile.PileStatus;
import io.chargeway.core.tariff.TariffRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * A pile's registration and the tariff it charges by now (its own, else its station's), read in
 * one query for a start.
 */
final class PileTariffs {

    private static final String QUERY = "SELECT p.id, p.tenant_id, p.station_id, p.pile_no, p.status, p.gun_count,"
            + " t.id AS tariff_id, t." + TariffRow.COLUMNS.replace(", ", ", t.") + " FROM piles p"
            + " JOIN stations s ON s.id = p.station_id"
            + " LEFT JOIN tariffs t ON t.id = COALESCE(p.tariff_id, s.tariff_id) AND t.tenant_id = p.tenant_id"
            + " WHERE p.pile_no = ?";

    private PileTariffs() {
    }

    /**
     * The pile and its tariff.
     *
     * @return null when the pile is not registered; failed with {@link ErrorCode#NOT_FOUND} when it
     *         has no tariff, {@link ErrorCode#INTERNAL} when the stored tariff is invalid
     */
    static Future<PileTariff> of(SqlClient client, String pileNo) {
        return client.preparedQuery(QUERY).execute(Tuple.of(pileNo)).compose(rows -> {
            for (Row r : rows) {
                PileRegistration pile = new PileRegistration(r.getLong("id"), r.getLong("tenant_id"), r.getLong("station_id"),
                        r.getString("pile_no"), PileStatus.fromColumn(r.getString("status")), r.getInteger("gun_count"));
                if (r.getLong("tariff_id") == null) {
                    return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "pile " + pileNo
                            + " has no tariff; assign one to the pile or to its station"));
                }
                try {
                    return Future.succeededFuture(new PileTariff(pile, TariffRow.read(r).toModel()));
                } catch (IllegalArgumentException e) {
                    return Future.failedFuture(new PlatformException(ErrorCode.INTERNAL, "the tariff of pile " + pileNo
                            + " is invalid in the database: " + e.getMessage(), e));
                }
            }
            return Future.succeededFuture(null);
        });
    }

    /**
     * A pile and its tariff.
     *
     * @param pile   the registration
     * @param tariff the tariff in force
     */
    record PileTariff(PileRegistration pile, TariffModel tariff) {
    }
}
