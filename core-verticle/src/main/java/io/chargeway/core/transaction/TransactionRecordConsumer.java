package io.chargeway.core.transaction;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.core.db.MySqlErrors;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link Addresses#CORE_PILE_TRANSACTION}: stores a pile's transaction record (0x3B) once
 * per trade serial and answers {@link TransactionAck} only after the insert committed, so the
 * edge confirms to the pile (0x40) only what is safe. A re-sent record that is stored already is
 * acknowledged again ("already done is success"). A record without a usable trade serial is
 * answered {@code accepted = false} (the pile is told it is an invalid bill). The request fails
 * with {@link ErrorCode#PILE_NOT_REGISTERED} or {@link ErrorCode#UNAVAILABLE}, and then the edge
 * does not confirm and the pile sends the record again later.
 *
 * <p>Settling a record into an order comes with the orders feature; until then the
 * acknowledgement carries order id 0.
 */
public final class TransactionRecordConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRecordConsumer.class);

    private final TransactionRecordRepository records;

    /** A consumer storing records in {@code pool}. */
    public TransactionRecordConsumer(Pool pool) {
        this.records = new TransactionRecordRepository(pool);
    }

    /** Starts serving the address. */
    public MessageConsumer<Object> register(EventBus bus) {
        return bus.consumer(Addresses.CORE_PILE_TRANSACTION, this::handle);
    }

    private void handle(Message<Object> message) {
        TransactionRecorded record;
        try {
            if (!(message.body() instanceof JsonObject json)) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, "a transaction record must be a JSON object");
            }
            record = BusJson.fromJson(json, TransactionRecorded.class);
        } catch (PlatformException e) {
            LOG.warn("transaction record refused: {}", e.getMessage());
            e.failReply(message);
            return;
        }
        store(record, (JsonObject) message.body())
                .onSuccess(ack -> message.reply(BusJson.toJson(ack)))
                .onFailure(err -> PlatformException.fail(message, err));
    }

    private Future<TransactionAck> store(TransactionRecorded record, JsonObject raw) {
        String serial = record.tradeSerial();
        if (serial == null || serial.length() != 32 || record.pileNo() == null) {
            LOG.warn("transaction record without a usable trade serial [pile: {}, gun: {}, serial: {}]", record.pileNo(),
                    record.gun(), serial);
            return Future.succeededFuture(new TransactionAck(false, "trade serial must be 32 characters: " + serial, 0));
        }
        return records.insertOnce(record, raw).transform(ar -> {
            if (ar.succeeded()) {
                LOG.info("transaction record {} [pile: {}, gun: {}, serial: {}, energyDeciWh: {}, amountCentiFen: {}]",
                        ar.result() ? "stored" : "already stored", record.pileNo(), record.gun(), serial,
                        record.totalEnergyDeciWh(), record.totalAmountCentiFen());
                return Future.succeededFuture(new TransactionAck(true, null, 0));
            }
            PlatformException error = MySqlErrors.unavailable("storing transaction record " + serial, ar.cause());
            LOG.warn("transaction record not stored [pile: {}, gun: {}, serial: {}, code: {}]: {}", record.pileNo(), record.gun(),
                    serial, error.code(), error.getMessage());
            return Future.failedFuture(error);
        });
    }
}
