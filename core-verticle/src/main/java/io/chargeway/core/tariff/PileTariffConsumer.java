package io.chargeway.core.tariff;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.contract.pile.TariffQuery;
import io.chargeway.core.bus.JsonRequestConsumer;
import io.chargeway.core.db.MySqlErrors;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;

/**
 * Serves {@link Addresses#CORE_PILE_TARIFF}: the tariff a pile must use ({@link TariffQuery} ->
 * {@link TariffModel}), the pile's own or else its station's. Fails with
 * {@link ErrorCode#PILE_NOT_REGISTERED}, {@link ErrorCode#NOT_FOUND} (no tariff assigned) or
 * {@link ErrorCode#UNAVAILABLE} (database trouble).
 */
public final class PileTariffConsumer {

    private final TariffRepository tariffs;

    /** A consumer reading tariffs from {@code pool}. */
    public PileTariffConsumer(Pool pool) {
        this.tariffs = new TariffRepository(pool);
    }

    /** Starts serving the address. */
    public MessageConsumer<Object> register(EventBus bus) {
        return JsonRequestConsumer.serve(bus, Addresses.CORE_PILE_TARIFF, TariffQuery.class, this::tariff);
    }

    Future<TariffModel> tariff(TariffQuery query) {
        if (query.pileNo() == null) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "tariff query without pileNo"));
        }
        return tariffs.effectiveForPile(query.pileNo())
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("reading the tariff of pile " + query.pileNo(), err)));
    }
}
