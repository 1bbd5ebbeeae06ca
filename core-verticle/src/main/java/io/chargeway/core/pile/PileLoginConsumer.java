package io.chargeway.core.pile;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.pile.PileLoginReply;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.core.bus.JsonRequestConsumer;
import io.chargeway.core.db.MySqlErrors;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link Addresses#CORE_PILE_LOGIN}: may this pile log in ({@link PileLoginRequest} ->
 * {@link PileLoginReply})? The registry is the whitelist: an unknown or disabled pile is refused
 * with a reason (a successful reply); an accepted one gets its tenant, station and registered gun
 * count. When the database cannot answer the lookup the request fails with
 * {@link ErrorCode#UNAVAILABLE}: the edge then closes without answering and the pile retries.
 *
 * <p>Cheap at scale, so that a mass reconnect (an edge node restarting with tens of thousands of
 * piles) is answered before the piles time out: lookups are coalesced into {@code IN} queries
 * ({@link PileLookups}), and the reply goes out right after the lookup; the login's time,
 * versions, SIM and edge node are recorded afterwards in batched statements
 * ({@link PresenceBatcher}), whose failure is logged but does not refuse the pile.
 */
public final class PileLoginConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(PileLoginConsumer.class);
    private static final Pattern PILE_NO = Pattern.compile("\\d{14}");

    private final PileLookups lookups;
    private final PresenceBatcher presence;
    private final Clock clock;

    /** A consumer over the registry in {@code piles}, recording logins through {@code presence}. */
    public PileLoginConsumer(PileRepository piles, PresenceBatcher presence, Clock clock) {
        this.lookups = new PileLookups(piles);
        this.presence = presence;
        this.clock = clock;
    }

    /** Starts serving the address. */
    public MessageConsumer<Object> register(EventBus bus) {
        return JsonRequestConsumer.serve(bus, Addresses.CORE_PILE_LOGIN, PileLoginRequest.class, this::login);
    }

    Future<PileLoginReply> login(PileLoginRequest request) {
        String pileNo = request.pileNo();
        if (pileNo == null || !PILE_NO.matcher(pileNo).matches()) {
            return Future.succeededFuture(refuse(pileNo, request, "pile number must be 14 digits: " + pileNo));
        }
        return lookups.find(pileNo)
                .map(found -> decide(found, request))
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("checking the login of pile " + pileNo, err)));
    }

    private PileLoginReply decide(Optional<PileRegistration> found, PileLoginRequest request) {
        String pileNo = request.pileNo();
        if (found.isEmpty()) {
            return refuse(pileNo, request, "pile " + pileNo + " is not registered; add it in the admin console");
        }
        PileRegistration pile = found.get();
        if (pile.status() == PileStatus.DISABLED) {
            return refuse(pileNo, request, "pile " + pileNo + " is disabled; enable it in the admin console");
        }
        if (request.gunCount() != pile.gunCount()) {
            LOG.warn("pile reports another gun count than registered [pile: {}, reported: {}, registered: {}]", pileNo,
                    request.gunCount(), pile.gunCount());
        }
        presence.login(request, clock.instant());
        LOG.info("pile login accepted [pile: {}, node: {}, tenant: {}, station: {}, guns: {}]", pileNo, request.nodeId(),
                pile.tenantId(), pile.stationId(), pile.gunCount());
        return new PileLoginReply(true, null, pile.tenantId(), pile.stationId(), pile.gunCount());
    }

    private static PileLoginReply refuse(String pileNo, PileLoginRequest request, String reason) {
        LOG.info("pile login refused [pile: {}, node: {}, remote: {}]: {}", pileNo, request.nodeId(), request.remoteAddress(),
                reason);
        return PileLoginReply.refused(reason);
    }
}
