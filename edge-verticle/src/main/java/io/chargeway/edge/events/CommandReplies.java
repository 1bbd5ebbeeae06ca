package io.chargeway.edge.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.json.BusJson;
import io.chargeway.edge.session.ReplyKey;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.card.CardClearResult;
import io.chargeway.ykc.message.card.OfflineCardClearReply;
import io.chargeway.ykc.message.card.OfflineCardQueryReply;
import io.chargeway.ykc.message.card.OfflineCardSyncReply;
import io.chargeway.ykc.message.charging.BalanceUpdateReply;
import io.chargeway.ykc.message.charging.ParallelStartReply;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.RemoteStopReply;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateReply;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateStatus;
import io.chargeway.ykc.message.maintenance.GroundLockReply;
import io.chargeway.ykc.message.maintenance.QrCodeSettingReply;
import io.chargeway.ykc.message.maintenance.RebootReply;
import io.chargeway.ykc.message.maintenance.TimeSyncReply;
import io.chargeway.ykc.message.maintenance.WorkParameterReply;
import io.chargeway.ykc.message.session.BillingModelSettingReply;

/**
 * Knows the pile frames that answer commands: what identifies each (reply type, gun, serial;
 * reference 14.8) and what it says (success, the failure in words, its fields by name).
 */
public final class CommandReplies {

    /**
     * What a reply frame says.
     *
     * @param success whether the pile reports success
     * @param reason  the failure in words, null on success
     * @param fields  the frame's fields by name (JSON-ready)
     */
    public record Outcome(boolean success, String reason, Map<String, Object> fields) {
    }

    private static final String PILE_REPORTED_FAILURE = "the pile reported failure";

    private CommandReplies() {
    }

    /** The key of a reply frame, or null when the frame answers no command. */
    public static ReplyKey key(YkcMessage message) {
        FrameType type = message.frameType();
        if (message instanceof RemoteStartReply r) {
            return new ReplyKey(type, r.gun(), r.tradeSerial());
        } else if (message instanceof ParallelStartReply r) {
            return new ReplyKey(type, r.reply().gun(), r.reply().tradeSerial());
        } else if (message instanceof RemoteStopReply r) {
            return ReplyKey.of(type, r.gun());
        } else if (message instanceof RealtimeData r) {
            return ReplyKey.of(type, r.gun());
        } else if (message instanceof GroundLockReply r) {
            return ReplyKey.of(type, r.gun());
        }
        return switch (type) {
            case BALANCE_UPDATE_REPLY, OFFLINE_CARD_SYNC_REPLY, OFFLINE_CARD_CLEAR_REPLY, OFFLINE_CARD_QUERY_REPLY,
                 WORK_PARAMETER_REPLY, TIME_SYNC_REPLY, BILLING_MODEL_SETTING_REPLY, REBOOT_REPLY, FIRMWARE_UPDATE_REPLY,
                 QR_CODE_SETTING_REPLY -> ReplyKey.of(type);
            default -> null;
        };
    }

    /** What a reply frame says. */
    public static Outcome outcome(YkcMessage message) {
        Map<String, Object> fields = fields(message);
        if (message instanceof RemoteStartReply r) {
            return new Outcome(r.started(), r.started() ? null : r.failureReason(), fields);
        } else if (message instanceof ParallelStartReply r) {
            return new Outcome(r.reply().started(), r.reply().started() ? null : r.reply().failureReason(), fields);
        } else if (message instanceof RemoteStopReply r) {
            return new Outcome(r.stopped(), r.stopped() ? null : r.failureReason(), fields);
        } else if (message instanceof BalanceUpdateReply r) {
            return new Outcome(r.updated(), r.updated() ? null : r.resultDescription(), fields);
        } else if (message instanceof OfflineCardSyncReply r) {
            return new Outcome(r.saved(), r.saved() ? null : r.failureReason(), fields);
        } else if (message instanceof OfflineCardClearReply r) {
            return clearOutcome(r, fields);
        } else if (message instanceof FirmwareUpdateReply r) {
            boolean ok = r.statusCode() == 0;
            return new Outcome(ok, ok ? null : r.status().map(FirmwareUpdateStatus::name)
                    .orElse(String.format("unknown status 0x%02X", r.statusCode())), fields);
        }
        boolean success = flag(message);
        return new Outcome(success, success ? null : PILE_REPORTED_FAILURE, fields);
    }

    /** The fields of a frame record by name, as JSON-ready values. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fields(YkcMessage message) {
        return BusJson.mapper().convertValue(message, Map.class);
    }

    private static boolean flag(YkcMessage message) {
        if (message instanceof WorkParameterReply r) {
            return r.success();
        } else if (message instanceof BillingModelSettingReply r) {
            return r.success();
        } else if (message instanceof GroundLockReply r) {
            return r.success();
        } else if (message instanceof RebootReply r) {
            return r.success();
        } else if (message instanceof QrCodeSettingReply r) {
            return r.success();
        }
        return message instanceof RealtimeData || message instanceof TimeSyncReply || message instanceof OfflineCardQueryReply;
    }

    private static Outcome clearOutcome(OfflineCardClearReply reply, Map<String, Object> fields) {
        List<String> failures = new ArrayList<>();
        for (CardClearResult r : reply.results()) {
            if (!r.cleared()) {
                failures.add(r.physicalCardNo() + ": " + r.failureReason());
            }
        }
        return new Outcome(failures.isEmpty(), failures.isEmpty() ? null : "not cleared: " + String.join(", ", failures), fields);
    }
}
