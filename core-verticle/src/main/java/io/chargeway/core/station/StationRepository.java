package io.chargeway.core.station;

import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of the {@code stations} table. Works on a pool or on a connection inside a transaction.
 * Failed Futures carry the client's exception; callers translate them.
 */
public final class StationRepository {

    /** CEC StationType 1: public. */
    public static final int TYPE_PUBLIC = 1;

    private final SqlClient client;

    /** A repository over a pool or a connection. */
    public StationRepository(SqlClient client) {
        this.client = client;
    }

    /** Inserts an active public station in China and answers its id. */
    public Future<Long> insert(NewStation s) {
        Tuple params = Tuple.tuple()
                .addLong(s.tenantId()).addString(s.externalId()).addString(s.name()).addString(s.areaCode())
                .addString(s.address()).addBigDecimal(s.latitude()).addBigDecimal(s.longitude()).addString(s.serviceTel())
                .addInteger(TYPE_PUBLIC).addInteger(s.parkNums()).addString(s.openingHours()).addString(s.parkingInfo())
                .addBoolean(s.charging().fast()).addBoolean(s.charging().slow()).addBoolean(s.charging().dc())
                .addBoolean(s.charging().ac()).addLong(s.ownerId()).addLong(s.agentId()).addLong(s.tariffId());
        return client.preparedQuery("INSERT INTO stations (tenant_id, external_id, name, country_code, area_code, address,"
                        + " latitude, longitude, service_tel, station_type, park_nums, opening_hours, parking_info,"
                        + " fast_charging, slow_charging, has_dc, has_ac, owner_id, agent_id, tariff_id, status, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'CN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE',"
                        + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")
                .execute(params)
                .map(rows -> rows.property(MySQLClient.LAST_INSERTED_ID));
    }
}
