package io.chargeway.edge.events;

import io.chargeway.contract.pile.TariffModel;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionState;
import io.chargeway.ykc.message.session.BillingModelCheck;
import io.chargeway.ykc.message.session.BillingModelCheckResponse;
import io.chargeway.ykc.message.session.BillingModelCheckResult;
import io.chargeway.ykc.message.session.BillingModelRequest;
import io.chargeway.ykc.message.session.BillingModelResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pile's tariff questions (reference 5.5-5.8, 14.1 steps 3 and 5): 0x05 "is my model current?"
 * and 0x09 "send me the model", both answered from the core's {@link TariffModel}. When the core
 * cannot answer, the pile gets no reply and asks again (it repeats until answered).
 */
public final class TariffHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TariffHandler.class);

    private final CoreClient core;

    /** Creates the handler. */
    public TariffHandler(CoreClient core) {
        this.core = core;
    }

    /** 0x05 -> 0x06: {@code SAME} when the pile's model number is the core's, else {@code DIFFERENT}. */
    public void check(PileSession session, int sequence, BillingModelCheck check) {
        core.tariff(session).onComplete(ar -> {
            if (session.state() != SessionState.LOGGED_IN) {
                return;
            }
            if (ar.failed()) {
                LOG.warn("no tariff from the core; 0x05 left unanswered, the pile will ask again [pile: {}, error: {}]",
                        session.label(), ar.cause().getMessage());
                return;
            }
            BillingModelCheckResult result = check.billingModelNo().value() == ar.result().modelNo()
                    ? BillingModelCheckResult.SAME : BillingModelCheckResult.DIFFERENT;
            session.reply(sequence, new BillingModelCheckResponse(session.pileNo(), check.billingModelNo(), result));
            LOG.debug("billing model checked [pile: {}, pileModel: {}, platformModel: {}, result: {}]", session.label(),
                    check.billingModelNo(), ar.result().modelNo(), result);
        });
    }

    /** 0x09 -> 0x0A with the core's current model. */
    public void request(PileSession session, int sequence, BillingModelRequest request) {
        core.tariff(session).onComplete(ar -> {
            if (session.state() != SessionState.LOGGED_IN) {
                return;
            }
            if (ar.failed()) {
                LOG.warn("no tariff from the core; 0x09 left unanswered, the pile will ask again [pile: {}, error: {}]",
                        session.label(), ar.cause().getMessage());
                return;
            }
            session.reply(sequence, new BillingModelResponse(DownlinkTranslator.billingModel(session.pileNo(), ar.result())));
            LOG.info("billing model sent [pile: {}, model: {}]", session.label(), ar.result().modelNo());
        });
    }
}
