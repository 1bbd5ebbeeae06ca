package io.chargeway.core.transaction;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.db.UtcDateTimes;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of the {@code transaction_records} table: the pile bills (YKC 0x3B), stored once per trade
 * serial. The tenant and pile come from the registry, not from the edge.
 */
public final class TransactionRecordRepository {

    private static final String INSERT = "INSERT INTO transaction_records (trade_serial, tenant_id, pile_id, pile_no, gun_no,"
            + " started_at, ended_at, total_energy_deci_wh, total_amount_centi_fen, stop_reason_code, record_json, received_at,"
            + " created_at)"
            + " SELECT ?, p.tenant_id, p.id, p.pile_no, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3) FROM piles p WHERE p.pile_no = ?";

    private final SqlClient client;

    /** A repository over a pool or a connection. */
    public TransactionRecordRepository(SqlClient client) {
        this.client = client;
    }

    /**
     * Stores a record unless its trade serial is stored already; idempotent.
     *
     * @param record the record
     * @param raw    the record's JSON as received, kept in {@code record_json}
     * @return {@code true} if stored now, {@code false} if it was stored before; failed with
     *         {@link ErrorCode#PILE_NOT_REGISTERED} when the pile is not in the registry, and with the
     *         client's exception when the database fails
     */
    public Future<Boolean> insertOnce(TransactionRecorded record, JsonObject raw) {
        Tuple params = Tuple.tuple().addString(record.tradeSerial()).addInteger(record.gun())
                .addLocalDateTime(UtcDateTimes.toColumn(record.startedAt())).addLocalDateTime(UtcDateTimes.toColumn(record.endedAt()))
                .addLong(record.totalEnergyDeciWh()).addLong(record.totalAmountCentiFen()).addInteger(record.stopReasonCode())
                .addString(raw.encode()).addLocalDateTime(UtcDateTimes.toColumn(record.at())).addString(record.pileNo());
        return client.preparedQuery(INSERT).execute(params).transform(ar -> {
            if (ar.failed()) {
                return MySqlErrors.isDuplicateKey(ar.cause()) ? Future.succeededFuture(false) : Future.failedFuture(ar.cause());
            }
            if (ar.result().rowCount() == 0) {
                return Future.failedFuture(new PlatformException(ErrorCode.PILE_NOT_REGISTERED,
                        "transaction record " + record.tradeSerial() + " names pile " + record.pileNo() + ", which is not registered"));
            }
            return Future.succeededFuture(true);
        });
    }
}
