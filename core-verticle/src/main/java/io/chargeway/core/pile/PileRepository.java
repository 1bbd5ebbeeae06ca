package io.chargeway.core.pile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The batched presence update: the piles joined to one derived-table row each. */
    private static final String PRESENCE_UPDATE = "UPDATE piles p JOIN (";
    private static final String PRESENCE_ROW = "SELECT ? AS pile_no, ? AS seen_at, ? AS login_at, ? AS protocol_version,"
            + " ? AS program_version, ? AS sim_iccid, ? AS assign_node, ? AS node, ? AS clear_if";
    private static final String PRESENCE_SET = ") v ON p.pile_no = v.pile_no SET"
            + " p.last_seen_at = GREATEST(COALESCE(p.last_seen_at, CAST(v.seen_at AS DATETIME(3))), CAST(v.seen_at AS DATETIME(3))),"
            + " p.last_login_at = COALESCE(CAST(v.login_at AS DATETIME(3)), p.last_login_at),"
            + " p.protocol_version = IF(v.login_at IS NULL, p.protocol_version, v.protocol_version),"
            + " p.program_version = IF(v.login_at IS NULL, p.program_version, v.program_version),"
            + " p.sim_iccid = IF(v.login_at IS NULL, p.sim_iccid, v.sim_iccid),"
            + " p.online_node = CASE WHEN v.assign_node = 1 THEN v.node"
            + " WHEN FIND_IN_SET(p.online_node, v.clear_if) > 0 THEN NULL ELSE p.online_node END,"
            + " p.updated_at = UTC_TIMESTAMP(3)";

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

    /**
     * The registrations of many piles in one query (numbers not registered are absent).
     *
     * @return the registrations by pile number; fails with the client's exception
     */
    public Future<Map<String, PileRegistration>> findByPileNos(Collection<String> pileNos) {
        if (pileNos.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return client.preparedQuery("SELECT id, tenant_id, station_id, pile_no, status, gun_count FROM piles WHERE pile_no IN ("
                        + repeat("?", pileNos.size()) + ")")
                .execute(Tuple.wrap(new ArrayList<Object>(pileNos)))
                .map(rows -> {
                    Map<String, PileRegistration> found = new HashMap<>();
                    for (Row r : rows) {
                        found.put(r.getString("pile_no"), new PileRegistration(r.getLong("id"), r.getLong("tenant_id"),
                                r.getLong("station_id"), r.getString("pile_no"), PileStatus.fromColumn(r.getString("status")),
                                r.getInteger("gun_count")));
                    }
                    return found;
                });
    }

    /**
     * Applies the presence bookkeeping of many piles in one statement (see {@link PresenceUpdate}
     * for what each row does): {@code last_seen_at} never moves back, login facts replace the old
     * ones, {@code online_node} is set, or cleared only while it still names a node that reported
     * the pile offline.
     *
     * @return the number of registered piles the statement matched; fails with the client's exception
     */
    public Future<Integer> applyPresence(List<PresenceUpdate> updates) {
        if (updates.isEmpty()) {
            return Future.succeededFuture(0);
        }
        Tuple params = Tuple.tuple();
        for (PresenceUpdate u : updates) {
            params.addString(u.pileNo()).addLocalDateTime(UtcDateTimes.toColumn(u.seenAt()))
                    .addLocalDateTime(UtcDateTimes.toColumn(u.loginAt())).addString(truncate(u.protocolVersion(), 16))
                    .addString(truncate(u.programVersion(), 32)).addString(truncate(u.simIccid(), 20))
                    .addInteger(u.assignNode() ? 1 : 0).addString(truncate(u.node(), 64)).addString(u.clearIfNodes());
        }
        return client.preparedQuery(PRESENCE_UPDATE + String.join(" UNION ALL ", Collections.nCopies(updates.size(), PRESENCE_ROW))
                        + PRESENCE_SET)
                .execute(params)
                .map(rows -> rows.rowCount());
    }

    /**
     * Clears {@code online_node} of every pile that names {@code nodeId} (the node stopped), in
     * one statement; {@code last_seen_at} moves to {@code at} where that is later.
     *
     * @return the number of piles cleared; fails with the client's exception
     */
    public Future<Integer> clearNode(String nodeId, Instant at) {
        LocalDateTime seen = UtcDateTimes.toColumn(at);
        return client.preparedQuery("UPDATE piles SET online_node = NULL, last_seen_at = GREATEST(COALESCE(last_seen_at, ?), ?),"
                        + " updated_at = UTC_TIMESTAMP(3) WHERE online_node = ?")
                .execute(Tuple.of(seen, seen, truncate(nodeId, 64)))
                .map(rows -> rows.rowCount());
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
