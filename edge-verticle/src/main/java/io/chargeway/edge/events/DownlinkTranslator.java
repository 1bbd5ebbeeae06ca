package io.chargeway.edge.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.ClearOfflineCards;
import io.chargeway.contract.command.OperateGroundLock;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.command.PushTariff;
import io.chargeway.contract.command.QueryOfflineCards;
import io.chargeway.contract.command.ReadLiveData;
import io.chargeway.contract.command.Reboot;
import io.chargeway.contract.command.SetQrCode;
import io.chargeway.contract.command.SetWorkParameters;
import io.chargeway.contract.command.StartCharging;
import io.chargeway.contract.command.StartParallelCharging;
import io.chargeway.contract.command.StopCharging;
import io.chargeway.contract.command.SyncClock;
import io.chargeway.contract.command.SyncOfflineCards;
import io.chargeway.contract.command.UpdateBalance;
import io.chargeway.contract.command.UpdateFirmware;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.edge.session.ReplyKey;
import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.card.OfflineCardClear;
import io.chargeway.ykc.message.card.OfflineCardQuery;
import io.chargeway.ykc.message.card.OfflineCardSync;
import io.chargeway.ykc.message.charging.BalanceUpdate;
import io.chargeway.ykc.message.charging.RemoteStop;
import io.chargeway.ykc.message.live.ReadRealtimeData;
import io.chargeway.ykc.message.maintenance.GroundLockCommand;
import io.chargeway.ykc.message.maintenance.LockCommand;
import io.chargeway.ykc.message.maintenance.QrCodeFormat;
import io.chargeway.ykc.message.maintenance.QrCodeSetting;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.maintenance.WorkParameterSetting;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.BillingModelSetting;
import io.chargeway.ykc.message.session.Tier;
import io.chargeway.ykc.message.session.TierPrice;

/**
 * Turns contract commands into the frames a pile understands and the reply each frame waits for
 * (reference 7-10, 13). Card lists are split so that every frame's length byte stays within the
 * document's 200 (open point 16): at most 11 cards per 0x44, 23 per 0x46 and 0x48. Every frame
 * is test-encoded before anything is sent, so an invalid command fails whole with
 * {@link ErrorCode#BAD_REQUEST} naming the field, and the pile sees nothing of it.
 */
public final class DownlinkTranslator {

    /** Cards per 0x44 frame. */
    public static final int SYNC_CARDS_PER_FRAME = 11;
    /** Cards per 0x46 or 0x48 frame. */
    public static final int CARDS_PER_FRAME = 23;

    /**
     * One frame to send and the reply it waits for.
     *
     * @param frame   the body to send
     * @param awaited the reply that answers it
     */
    public record Step(YkcMessage frame, ReplyKey awaited) {
    }

    private DownlinkTranslator() {
    }

    /**
     * The frames of a command, in sending order.
     *
     * @param clockSync the source of the platform time for {@link SyncClock} without a time
     * @throws PlatformException with {@link ErrorCode#BAD_REQUEST} naming the field if the command is invalid
     */
    public static List<Step> steps(PileCommand command, ClockSync clockSync) {
        PileNo pile = parsed("pileNo", command.pileNo(), PileNo::parse);
        List<Step> steps = build(command, pile, clockSync);
        for (Step step : steps) {
            try {
                FrameEncoder.encode(0, step.frame(), CrcOrder.LOW_FIRST);
            } catch (FieldException | IllegalArgumentException e) {
                throw badRequest(command, e.getMessage());
            }
        }
        return steps;
    }

    private static List<Step> build(PileCommand command, PileNo pile, ClockSync clockSync) {
        if (command instanceof StartCharging c) {
            return ChargingCommands.start(c, pile);
        } else if (command instanceof StartParallelCharging c) {
            return ChargingCommands.parallelStart(c, pile);
        } else if (command instanceof StopCharging c) {
            return one(new RemoteStop(pile, c.gun()), ReplyKey.of(FrameType.REMOTE_STOP_REPLY, c.gun()));
        } else if (command instanceof ReadLiveData c) {
            return one(new ReadRealtimeData(pile, c.gun()), ReplyKey.of(FrameType.REALTIME_DATA, c.gun()));
        } else if (command instanceof UpdateBalance c) {
            return one(new BalanceUpdate(pile, c.gun(), parsed("physicalCardNo", c.physicalCardNo(), PhysicalCardNo::parse),
                    c.balanceFen()), ReplyKey.of(FrameType.BALANCE_UPDATE_REPLY));
        } else if (command instanceof PushTariff c) {
            TariffModel tariff = required("tariff", c.tariff());
            return one(new BillingModelSetting(billingModel(pile, tariff)), ReplyKey.of(FrameType.BILLING_MODEL_SETTING_REPLY));
        } else if (command instanceof SyncClock c) {
            TimeSync frame = new TimeSync(pile, c.time() == null ? clockSync.now()
                    : Cp56Time2a.of(LocalDateTime.ofInstant(c.time(), UplinkTranslator.PILE_ZONE)));
            return one(frame, ReplyKey.of(FrameType.TIME_SYNC_REPLY));
        } else if (command instanceof SetWorkParameters c) {
            if (c.maxPowerPercent() < 30 || c.maxPowerPercent() > 100) {
                throw badRequest(command, "maxPowerPercent: must be 30..100, got " + c.maxPowerPercent());
            }
            return one(new WorkParameterSetting(pile, c.enabled(), c.maxPowerPercent()), ReplyKey.of(FrameType.WORK_PARAMETER_REPLY));
        } else if (command instanceof OperateGroundLock c) {
            return one(new GroundLockCommand(pile, c.gun(), c.raise() ? LockCommand.RAISE : LockCommand.LOWER, 0),
                    ReplyKey.of(FrameType.GROUND_LOCK_REPLY, c.gun()));
        } else if (command instanceof SetQrCode c) {
            String prefix = required("prefix", c.prefix());
            int format = (c.perGun() ? QrCodeFormat.PER_GUN : QrCodeFormat.PER_PILE).code();
            return one(new QrCodeSetting(pile, format, prefix), ReplyKey.of(FrameType.QR_CODE_SETTING_REPLY));
        } else if (command instanceof UpdateFirmware c) {
            return one(MaintenanceCommands.firmware(c, pile), ReplyKey.of(FrameType.FIRMWARE_UPDATE_REPLY));
        } else if (command instanceof Reboot c) {
            return one(MaintenanceCommands.reboot(c, pile), ReplyKey.of(FrameType.REBOOT_REPLY));
        }
        return cards(command, pile);
    }

    private static List<Step> cards(PileCommand command, PileNo pile) {
        if (command instanceof SyncOfflineCards c) {
            return chunked(ChargingCommands.offlineCards(nonEmpty("cards", c.cards())), SYNC_CARDS_PER_FRAME,
                    chunk -> new OfflineCardSync(pile, chunk), FrameType.OFFLINE_CARD_SYNC_REPLY);
        } else if (command instanceof ClearOfflineCards c) {
            return chunked(ChargingCommands.cards(nonEmpty("physicalCardNos", c.physicalCardNos())), CARDS_PER_FRAME,
                    chunk -> new OfflineCardClear(pile, chunk), FrameType.OFFLINE_CARD_CLEAR_REPLY);
        } else if (command instanceof QueryOfflineCards c) {
            return chunked(ChargingCommands.cards(nonEmpty("physicalCardNos", c.physicalCardNos())), CARDS_PER_FRAME,
                    chunk -> new OfflineCardQuery(pile, chunk), FrameType.OFFLINE_CARD_QUERY_REPLY);
        }
        throw badRequest(command, "type: unsupported command " + command.getClass().getSimpleName());
    }

    /** A contract tariff as the billing model of 0x0A/0x58 (reference section 4). */
    public static BillingModel billingModel(PileNo pile, TariffModel tariff) {
        List<TierPrice> prices = new ArrayList<>(4);
        for (Rate rate : tariff.rates()) {
            prices.add(new TierPrice(rate.electricityMilliFenPerKwh(), rate.serviceMilliFenPerKwh()));
        }
        List<Tier> slots = new ArrayList<>(BillingModel.SLOTS);
        for (Integer code : tariff.slots()) {
            slots.add(Tier.fromCode(code));
        }
        return new BillingModel(pile, new BillingModelNo(tariff.modelNo()), prices, tariff.lossRatioPercent(), slots);
    }

    private static <T> List<Step> chunked(List<T> items, int size, Function<List<T>, YkcMessage> frame, FrameType reply) {
        List<Step> steps = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            steps.add(new Step(frame.apply(List.copyOf(items.subList(from, Math.min(items.size(), from + size)))),
                    ReplyKey.of(reply)));
        }
        return steps;
    }

    private static List<Step> one(YkcMessage frame, ReplyKey awaited) {
        return List.of(new Step(frame, awaited));
    }

    private static <T> List<T> nonEmpty(String name, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, name + ": must list at least one card");
        }
        return list;
    }

    /**
     * Parses a text field, turning a missing value or a parse failure into a BAD_REQUEST naming it.
     *
     * @throws PlatformException with {@link ErrorCode#BAD_REQUEST}
     */
    static <T> T parsed(String name, String text, Function<String, T> parse) {
        try {
            return parse.apply(required(name, text));
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, name + ": " + e.getMessage());
        }
    }

    /**
     * Checks that a field is present.
     *
     * @throws PlatformException with {@link ErrorCode#BAD_REQUEST} naming the field when it is null
     */
    static <T> T required(String name, T value) {
        if (value == null) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, name + ": missing");
        }
        return value;
    }

    private static PlatformException badRequest(PileCommand command, String problem) {
        return new PlatformException(ErrorCode.BAD_REQUEST, "invalid " + command.getClass().getSimpleName() + " for pile "
                + command.pileNo() + ": " + problem);
    }
}
