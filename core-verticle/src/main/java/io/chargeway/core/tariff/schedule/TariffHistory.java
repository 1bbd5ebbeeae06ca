package io.chargeway.core.tariff.schedule;

import java.time.Instant;

import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.tariff.TariffRepository;
import io.chargeway.core.tariff.TariffRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * The tariff that was in force for a pile at a past instant: the latest applied schedule of the
 * pile itself up to then, else the latest of its station, else (no schedule history reaches back
 * that far) the tariff effective now. Prices records of sessions the platform never saw.
 */
public final class TariffHistory {

    private static final String AT = "SELECT " + prefixed(TariffRow.COLUMNS) + " FROM tariff_schedules s"
            + " JOIN tariffs t ON t.id = s.tariff_id WHERE s.state = 'APPLIED' AND s.effective_from <= ?"
            + " AND (s.pile_id = ? OR (s.pile_id IS NULL AND s.station_id = ?))"
            + " ORDER BY s.pile_id IS NULL, s.effective_from DESC, s.id DESC LIMIT 1";

    private TariffHistory() {
    }

    /**
     * The tariff of a pile at {@code at}.
     *
     * @return the tariff; failed as {@link TariffRepository#effectiveForPile} fails when there is no history
     */
    public static Future<TariffModel> at(SqlClient client, long pileId, long stationId, String pileNo, Instant at) {
        return client.preparedQuery(AT).execute(Tuple.of(UtcDateTimes.toColumn(at), pileId, stationId)).compose(rows -> {
            for (Row r : rows) {
                return Future.succeededFuture(TariffRow.read(r).toModel());
            }
            return new TariffRepository(client).effectiveForPile(pileNo);
        });
    }

    private static String prefixed(String columns) {
        return "t." + columns.replace(", ", ", t.");
    }
}
