package io.chargeway.core.order.settlement;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link Addresses#CORE_PILE_TRANSACTION}: the edge hands over a transaction record
 * (0x3B) and confirms it to the pile (0x40) only when this consumer replies, which it does only
 * after {@link SettlementService} committed the settlement. A body that is not a record fails
 * with {@link ErrorCode#BAD_REQUEST}; a record that cannot be booked now fails with the
 * settlement's error (no reply, no 0x40: the pile sends it again).
 */
public final class TransactionConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionConsumer.class);

    private final SettlementService settlements;

    /** A consumer settling through {@code settlements}. */
    public TransactionConsumer(SettlementService settlements) {
        this.settlements = settlements;
    }

    /** Starts serving the address. */
    public MessageConsumer<Object> register(EventBus bus) {
        return bus.consumer(Addresses.CORE_PILE_TRANSACTION, this::handle);
    }

    private void handle(Message<Object> message) {
        TransactionRecorded record;
        JsonObject json;
        try {
            if (!(message.body() instanceof JsonObject body)) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, "a transaction record must be a JSON object");
            }
            json = body;
            record = BusJson.fromJson(json, TransactionRecorded.class);
        } catch (PlatformException e) {
            LOG.warn("transaction record refused: {}", e.getMessage());
            e.failReply(message);
            return;
        }
        settlements.settle(record, json)
                .onSuccess(ack -> message.reply(BusJson.toJson(ack)))
                .onFailure(err -> PlatformException.fail(message, err));
    }
}
