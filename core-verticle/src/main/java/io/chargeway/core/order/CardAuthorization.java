package io.chargeway.core.order;

import java.util.Locale;

import io.chargeway.contract.pile.StartAuthorization;
import io.chargeway.contract.pile.StartAuthorizationRequest;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.member.MemberRepository;
import io.chargeway.core.member.MemberRepository.Credential;
import io.chargeway.core.pile.PileRegistration;
import io.chargeway.core.pile.PileStatus;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorises starts at the pile (0x31 card or VIN; reference 7.1, 7.2, 14.4): finds the member
 * the card or vehicle is bound to, opens the order with its hold ({@link OrderOpener}, mode
 * FULL) and answers the trade serial and the balance the pile may spend. A refusal is an answer
 * too (0x32 with the YKC failure code); only an unreachable database fails the request, and then
 * the edge refuses the start at the pile.
 */
public final class CardAuthorization {

    private static final Logger LOG = LoggerFactory.getLogger(CardAuthorization.class);
    private static final String ZERO_SERIAL = "0".repeat(32);
    private static final String NO_CARD = "0000000000000000";

    private final Pool pool;
    private final PileTariffs piles;
    private final OrderOpener opener;

    /** Authorises against the members and orders in {@code pool}. */
    CardAuthorization(Pool pool, PileTariffs piles, OrderOpener opener) {
        this.pool = pool;
        this.piles = piles;
        this.opener = opener;
    }

    /**
     * Decides a start at the pile.
     *
     * @return the decision; failed with {@code UNAVAILABLE} when the database cannot be read
     */
    public Future<StartAuthorization> authorize(StartAuthorizationRequest request) {
        String mode = request.mode() == null ? "" : request.mode().toUpperCase(Locale.ROOT);
        if (!mode.equals("CARD") && !mode.equals("VIN")) {
            return Future.succeededFuture(refused(request, StartRefusal.UNSUPPORTED_MODE, "start mode " + request.mode()
                    + " is not supported"));
        }
        return piles.of(request.pileNo()).compose(found -> {
            PileRegistration pile = found == null ? null : found.pile();
            if (pile == null || pile.status() != PileStatus.ACTIVE || request.gun() < 1 || request.gun() > pile.gunCount()) {
                return Future.succeededFuture(refused(request, StartRefusal.PILE_DISABLED, "pile or gun not in service"));
            }
            return credential(pile, request, mode).compose(c -> c == null
                    ? Future.succeededFuture(refused(request, mode.equals("VIN") ? StartRefusal.UNKNOWN_VIN
                            : StartRefusal.UNKNOWN_ACCOUNT, mode.toLowerCase(Locale.ROOT) + " is not bound to a member"))
                    : open(found, request, mode, c));
        }).recover(err -> Future.failedFuture(MySqlErrors.unavailable("authorising a start at pile " + request.pileNo(), err)));
    }

    private Future<Credential> credential(PileRegistration pile, StartAuthorizationRequest r, String mode) {
        return mode.equals("VIN")
                ? MemberRepository.byVin(pool, pile.tenantId(), r.vin() == null ? "" : r.vin().trim().toUpperCase(Locale.ROOT))
                : MemberRepository.byCard(pool, pile.tenantId(), card(r));
    }

    private Future<StartAuthorization> open(PileTariffs.PileTariff found, StartAuthorizationRequest r, String mode, Credential c) {
        return opener.open(new Opening(found.pile(), r.gun(), c.memberId(), mode, ChargeMode.FULL, 0, found.tariff(),
                        mode.equals("CARD") ? card(r) : null, c.logicalCardNo(), mode.equals("VIN") ? r.vin() : null,
                        "start at the pile by " + mode.toLowerCase(Locale.ROOT) + " (0x31)", false))
                .map(order -> {
                    LOG.info("start at the pile authorised [pile: {}, gun: {}, serial: {}, member: {}, holdFen: {}]", r.pileNo(),
                            r.gun(), order.tradeSerial(), c.memberId(), order.hold().totalFen());
                    return new StartAuthorization(true, order.tradeSerial(), logical(c), order.hold().totalFen(), 0, null);
                })
                .recover(err -> err instanceof OrderOpener.Refused refused
                        ? Future.succeededFuture(refused(r, refused.refusal(), refused.getMessage()))
                        : Future.failedFuture(err));
    }

    private static StartAuthorization refused(StartAuthorizationRequest r, StartRefusal refusal, String reason) {
        LOG.info("start at the pile refused [pile: {}, gun: {}, refusal: {}]: {}", r.pileNo(), r.gun(), refusal, reason);
        return new StartAuthorization(false, ZERO_SERIAL, NO_CARD, 0, refusal.ykcCode(), reason);
    }

    private static String card(StartAuthorizationRequest r) {
        return r.physicalCardNo() == null ? NO_CARD : r.physicalCardNo().trim().toUpperCase(Locale.ROOT);
    }

    private static String logical(Credential c) {
        return c.logicalCardNo() == null ? NO_CARD : c.logicalCardNo();
    }
}
