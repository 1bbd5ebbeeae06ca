package io.chargeway.core.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.db.BatchedLookup;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.pile.PileRegistration;
import io.chargeway.core.pile.PileStatus;
import io.chargeway.core.tariff.TariffRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * A pile's registration and the tariff it charges by now (its own, else its station's), read in
 * one query for a start. Starts that arrive together read their piles together
 * ({@link BatchedLookup}): one statement for a rush of starts instead of one each.
 */
final class PileTariffs {

    private static final String QUERY = "SELECT p.id, p.tenant_id, p.station_id, p.pile_no, p.status, p.gun_count,"
            + " t.id AS tariff_id, t." + TariffRow.COLUMNS.replace(", ", ", t.") + " FROM piles p"
            + " JOIN stations s ON s.id = p.station_id"
            + " LEFT JOIN tariffs t ON t.id = COALESCE(p.tariff_id, s.tariff_id) AND t.tenant_id = p.tenant_id"
            + " WHERE p.pile_no IN (";
    private static final int MAX_BATCH = 32;

    private final BatchedLookup<String, Found> lookup;

    /** Reads from {@code client}, at most {@code concurrency} statements at once. */
    PileTariffs(SqlClient client, int concurrency) {
        this.lookup = new BatchedLookup<>(piles -> read(client, piles), MAX_BATCH, concurrency);
    }

    /**
     * The pile and its tariff.
     *
     * @return null when the pile is not registered; failed with {@link ErrorCode#NOT_FOUND} when it
     *         has no tariff, {@link ErrorCode#INTERNAL} when the stored tariff is invalid
     */
    Future<PileTariff> of(String pileNo) {
        return lookup.get(pileNo).compose(found -> found == null ? Future.succeededFuture()
                : found.problem() != null ? Future.failedFuture(found.problem()) : Future.succeededFuture(found.tariff()));
    }

    private static Future<Map<String, Found>> read(SqlClient client, List<String> pileNos) {
        List<String> padded = BatchedLookup.padded(pileNos);
        return client.preparedQuery(QUERY + LedgerRepository.placeholders(padded.size()) + ")").execute(Tuple.wrap(padded))
                .map(rows -> {
                    Map<String, Found> found = new HashMap<>();
                    for (Row r : rows) {
                        found.put(r.getString("pile_no"), found(r));
                    }
                    return found;
                });
    }

    private static Found found(Row r) {
        String pileNo = r.getString("pile_no");
        PileRegistration pile = new PileRegistration(r.getLong("id"), r.getLong("tenant_id"), r.getLong("station_id"), pileNo,
                PileStatus.fromColumn(r.getString("status")), r.getInteger("gun_count"));
        if (r.getLong("tariff_id") == null) {
            return new Found(null, new PlatformException(ErrorCode.NOT_FOUND, "pile " + pileNo
                    + " has no tariff; assign one to the pile or to its station"));
        }
        try {
            return new Found(new PileTariff(pile, TariffRow.read(r).toModel()), null);
        } catch (IllegalArgumentException e) {
            return new Found(null, new PlatformException(ErrorCode.INTERNAL, "the tariff of pile " + pileNo
                    + " is invalid in the database: " + e.getMessage(), e));
        }
    }

    /** What was read for a pile: its tariff, or why it has none that can be used. */
    private record Found(PileTariff tariff, PlatformException problem) {
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
