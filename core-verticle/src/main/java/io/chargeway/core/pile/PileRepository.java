package io.chargeway.core.pile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.core.db.UtcDateTimes;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of the {@code piles} and {@code guns} tables. Works on a pool or on a connection inside a
 * transaction. Failed Futures carry the client's exception; callers translate them.
 */
public final class PileRepository {

    /** Rows per multi-row INSERT of {@link #insertAll}. */
    static final int CHUNK = 500;

    private static final String PILE_COLUMNS = "INSERT INTO piles (tenant_id, station_id, pile_no, external_id, pile_type,"
            + " rated_power_w, gun_count, tariff_id, status, created_at, updated_at) VALUES ";
    private static final String PILE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))";
    private static final String GUN_COLUMNS = "INSERT INTO guns (tenant_id, pile_id, gun_no, external_id, connector_type,"
            + " max_power_w, created_at, updated_at) VALUES ";
    private static final String GUN_VALUES = "(?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))";

    private final SqlClient client;

    /** A repository over a pool or a connection. */
    public PileRepository(SqlClient client) {
        this.client = client;
    }

    /** The registration of a pile, empty when the number is not registered. */
    public Future<Optional<PileRegistration>> findByPileNo(String pileNo) {
        return client.preparedQuery("SELECT id, tenant_id, station_id, pile_no, status, gun_count FROM piles WHERE pile_no = ?")
                .execute(Tuple.of(pileNo))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Optional.empty();
                    }
                    Row r = it.next();
                    return Optional.of(new PileRegistration(r.getLong("id"), r.getLong("tenant_id"), r.getLong("station_id"),
                            r.getString("pile_no"), PileStatus.fromColumn(r.getString("status")), r.getInteger("gun_count")));
                });
    }

    /** Records an accepted login: when, the versions the pile reports and the edge node holding it. */
    public Future<Void> recordLogin(long pileId, PileLoginRequest login, Instant at) {
        return client.preparedQuery("UPDATE piles SET last_login_at = ?, last_seen_at = ?, protocol_version = ?,"
                        + " program_version = ?, sim_iccid = ?, online_node = ?, updated_at = UTC_TIMESTAMP(3) WHERE id = ?")
                .execute(Tuple.of(UtcDateTimes.toColumn(at), UtcDateTimes.toColumn(at), truncate(login.protocolVersion(), 16),
                        truncate(login.programVersion(), 32), truncate(login.simIccid(), 20), truncate(login.nodeId(), 64), pileId))
                .mapEmpty();
    }

    /** Marks a pile online at an edge node. Answers whether a registered pile was updated. */
    public Future<Boolean> markOnline(String pileNo, String nodeId, Instant at) {
        return client.preparedQuery("UPDATE piles SET last_seen_at = ?, online_node = ?, updated_at = UTC_TIMESTAMP(3)"
                        + " WHERE pile_no = ?")
                .execute(Tuple.of(UtcDateTimes.toColumn(at), truncate(nodeId, 64), pileNo))
                .map(rows -> rows.rowCount() > 0);
    }

    /**
     * Marks a pile offline, but clears its node only if it still names {@code nodeId}: a newer
     * connection at another node wins over a late offline event of the old one.
     * Answers whether a registered pile was updated.
     */
    public Future<Boolean> markOffline(String pileNo, String nodeId, Instant at) {
        return client.preparedQuery("UPDATE piles SET last_seen_at = GREATEST(COALESCE(last_seen_at, ?), ?),"
                        + " online_node = CASE WHEN online_node = ? THEN NULL ELSE online_node END, updated_at = UTC_TIMESTAMP(3)"
                        + " WHERE pile_no = ?")
                .execute(Tuple.of(UtcDateTimes.toColumn(at), UtcDateTimes.toColumn(at), nodeId, pileNo))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Inserts an active pile and its guns and answers the pile's id. */
    public Future<Long> insert(NewPile pile) {
        Tuple params = Tuple.tuple().addLong(pile.tenantId()).addLong(pile.stationId()).addString(pile.pileNo())
                .addString(pile.externalId()).addString(pile.dc() ? "DC" : "AC").addInteger(pile.ratedPowerW())
                .addInteger(pile.guns().size()).addLong(pile.tariffId());
        return client.preparedQuery("INSERT INTO piles (tenant_id, station_id, pile_no, external_id, pile_type, rated_power_w,"
                        + " gun_count, tariff_id, status, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")
                .execute(params)
                .map(rows -> rows.property(MySQLClient.LAST_INSERTED_ID))
                .compose(pileId -> insertGuns(pile, pileId).map(pileId));
    }

    /**
     * Inserts many active piles and their guns with multi-row INSERTs of up to {@value #CHUNK} rows
     * (three statements per chunk instead of two per pile), for seeding large registries.
     *
     * @return the number of piles inserted; fails with the client's exception at the first failing
     *         chunk (a duplicate pile number included); run it inside a transaction to keep nothing then
     */
    public Future<Integer> insertAll(List<NewPile> piles) {
        Future<Void> chain = Future.succeededFuture();
        for (int from = 0; from < piles.size(); from += CHUNK) {
            List<NewPile> chunk = piles.subList(from, Math.min(piles.size(), from + CHUNK));
            chain = chain.compose(v -> insertChunk(chunk));
        }
        return chain.map(piles.size());
    }

    private Future<Void> insertChunk(List<NewPile> chunk) {
        Tuple params = Tuple.tuple();
        List<String> numbers = new ArrayList<>(chunk.size());
        for (NewPile pile : chunk) {
            params.addLong(pile.tenantId()).addLong(pile.stationId()).addString(pile.pileNo()).addString(pile.externalId())
                    .addString(pile.dc() ? "DC" : "AC").addInteger(pile.ratedPowerW()).addInteger(pile.guns().size())
                    .addLong(pile.tariffId());
            numbers.add(pile.pileNo());
        }
        return client.preparedQuery(PILE_COLUMNS + repeat(PILE_VALUES, chunk.size())).execute(params)
                .compose(inserted -> client.preparedQuery("SELECT id, pile_no FROM piles WHERE pile_no IN ("
                        + repeat("?", chunk.size()) + ")").execute(Tuple.wrap(numbers)))
                .compose(rows -> {
                    Map<String, Long> ids = new HashMap<>();
                    rows.forEach(r -> ids.put(r.getString("pile_no"), r.getLong("id")));
                    return insertChunkGuns(chunk, ids);
                });
    }

    private Future<Void> insertChunkGuns(List<NewPile> chunk, Map<String, Long> ids) {
        Tuple params = Tuple.tuple();
        int rows = 0;
        for (NewPile pile : chunk) {
            for (NewPile.NewGun gun : pile.guns()) {
                params.addLong(pile.tenantId()).addLong(ids.get(pile.pileNo())).addInteger(gun.gunNo())
                        .addString(gun.externalId()).addInteger(gun.connectorType()).addInteger(gun.maxPowerW());
                rows++;
            }
        }
        return rows == 0 ? Future.succeededFuture()
                : client.preparedQuery(GUN_COLUMNS + repeat(GUN_VALUES, rows)).execute(params).mapEmpty();
    }

    private static String repeat(String item, int times) {
        return String.join(", ", Collections.nCopies(times, item));
    }

    private Future<Void> insertGuns(NewPile pile, long pileId) {
        List<Tuple> batch = new ArrayList<>();
        for (NewPile.NewGun gun : pile.guns()) {
            batch.add(Tuple.of(pile.tenantId(), pileId, gun.gunNo(), gun.externalId(), gun.connectorType(), gun.maxPowerW()));
        }
        return client.preparedQuery("INSERT INTO guns (tenant_id, pile_id, gun_no, external_id, connector_type, max_power_w,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")
                .executeBatch(batch)
                .mapEmpty();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
