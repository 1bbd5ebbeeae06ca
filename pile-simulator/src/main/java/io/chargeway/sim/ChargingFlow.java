package io.chargeway.sim;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiFunction;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.RemoteStop;
import io.chargeway.ykc.message.charging.RemoteStopReply;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.chargeway.ykc.message.live.ReadRealtimeData;
import io.chargeway.ykc.message.session.PileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charging side of a pile (reference 14.3-14.6): remote and card starts, the session's live
 * frames on the shard's tick, the stop, and the 0x3B records kept until 0x40. Confined to the
 * pile's event loop.
 */
final class ChargingFlow {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingFlow.class);
    private static final StopReason APP_STOP = new StopReason(0x40);
    private static final StopReason SOC_FULL = new StopReason(0x41);
    private static final StopReason PILOT_DISCONNECTED = new StopReason(0x6B);
    private static final StopReason EMERGENCY_STOP = new StopReason(0x72);
    private static final long NOT_PLUGGED_GRACE_MILLIS = 60_000;

    private final PileEngine e;
    private PendingRecords records;
    private int serialCounter;

    ChargingFlow(PileEngine engine) {
        this.e = engine;
    }

    private PileNo pileNo() {
        return e.pileNo();
    }

    private boolean dc() {
        return e.identity.pileType() == PileType.DC;
    }

    private boolean bms() {
        return dc() && e.settings.bmsFrames();
    }

    // ---- login and tick -------------------------------------------------------------------------

    void loggedIn(long now) {
        if (records != null) {
            records.allDue(now);
            resendDue(now);
        }
        for (Gun gun : e.guns) {
            advance(gun);
            sendLive(gun);
            gun.liveDueAt = e.schedule(now + interval(gun));
        }
    }

    void tick(long now) {
        for (Gun gun : e.guns) {
            if (now >= gun.liveDueAt) {
                liveTick(gun, now);
            }
            e.schedule(gun.liveDueAt);
        }
        if (records != null) {
            resendDue(now);
            e.schedule(records.nextDue());
        }
    }

    private void liveTick(Gun gun, long now) {
        advance(gun);
        sendLive(gun);
        ChargingSession s = gun.session;
        if (s != null && bms()) {
            e.send(LiveFrames.demand(pileNo(), gun, e.pileNow()));
            e.send(LiveFrames.info(pileNo(), gun));
        }
        gun.liveDueAt = now + interval(gun);
        if (s != null && s.stopsWhenFull && s.socPercent() >= 100) {
            endSession(gun, SOC_FULL);
        }
    }

    private long interval(Gun gun) {
        return gun.session != null ? e.settings.liveChargingMillis() : e.settings.liveIdleMillis();
    }

    /** Brings the running session's meter to now and publishes energy and amount on the gun. */
    private void advance(Gun gun) {
        ChargingSession s = gun.session;
        if (s != null) {
            s.meter.advanceTo(e.pileNow(), s.powerWatts);
            gun.progress(s.meter.energyDeciWh(), s.meter.amountCentiFen());
        }
    }

    void sendLive(Gun gun) {
        e.send(LiveFrames.realtime(pileNo(), gun, dc(), e.pileNow()));
    }

    /** 0x12: the current 0x13 of the gun, as the reply. */
    void readRealtime(int sequence, ReadRealtimeData request) {
        Gun gun = e.gunOrNull(request.gun());
        if (gun != null) {
            advance(gun);
            e.reply(sequence, LiveFrames.realtime(pileNo(), gun, dc(), e.pileNow()));
        }
    }

    // ---- starts ---------------------------------------------------------------------------------

    /** 0x34 (and the body of 0xA4): answer with {@code replyOf(reply)} and start if allowed. */
    void remoteStart(int sequence, RemoteStart cmd, BiFunction<RemoteStartReply, Gun, YkcMessage> replyOf) {
        Gun gun = e.gunOrNull(cmd.gun());
        int failure = refusal(gun, cmd.pileNo());
        if (failure == 0 && !gun.plugged() && !gun.autoPlug) {
            failure = RemoteStartReply.GUN_NOT_PLUGGED;
            gun.pendingStart = cmd;
            gun.pendingStartUntil = PileShard.now() + NOT_PLUGGED_GRACE_MILLIS;
        }
        e.reply(sequence, replyOf.apply(new RemoteStartReply(cmd.tradeSerial(), pileNo(), cmd.gun(), failure == 0, failure), gun));
        if (failure == 0) {
            startSession(gun, cmd.tradeSerial(), TransactionTrigger.APP, cmd.physicalCardNo(), "", true);
        } else {
            LOG.debug("remote start refused [pile: {}, gun: {}, failure: 0x{}]", pileNo(), cmd.gun(), Integer.toHexString(failure));
        }
    }

    private int refusal(Gun gun, PileNo target) {
        if (!target.equals(pileNo())) {
            return 0x01;
        }
        if (gun == null || gun.fault || !e.commands.enabled()) {
            return 0x03;
        }
        if (gun.session != null) {
            return 0x02;
        }
        return gun.remoteStartFailure;
    }

    void remoteStop(int sequence, RemoteStop cmd) {
        Gun gun = e.gunOrNull(cmd.gun());
        int failure = !cmd.pileNo().equals(pileNo()) ? 0x01 : gun == null || gun.session == null ? 0x02 : 0;
        e.reply(sequence, new RemoteStopReply(pileNo(), cmd.gun(), failure == 0, failure));
        if (failure == 0) {
            endSession(gun, APP_STOP);
        }
    }

    TradeSerial startOffline(Gun gun) {
        if (gun.session != null || gun.fault) {
            throw new IllegalStateException("gun " + gun.number() + " of pile " + pileNo() + " is busy or faulty");
        }
        TradeSerial serial = TradeSerial.of(pileNo(), gun.number(), e.pileNow(), serialCounter++ % 10_000);
        startSession(gun, serial, TransactionTrigger.OFFLINE_CARD, PhysicalCardNo.NONE, "", false);
        return serial;
    }

    void startSession(Gun gun, TradeSerial serial, TransactionTrigger trigger, PhysicalCardNo card, String vin,
                              boolean authorised) {
        plugIfNeeded(gun);
        gun.pendingStart = null;
        long power = (long) (dc() ? e.settings.dcPowerWatts() : e.settings.acPowerWatts()) * e.commands.maxPowerPercent() / 100;
        gun.session = new ChargingSession(serial, trigger, card, vin, e.pileNow(), gun.meterDeciWh, (int) Math.max(1, power), e.model,
                authorised && dc());
        gun.status(GunStatus.CHARGING);
        gun.serial(serial);
        gun.progress(0, 0);
        e.shard.stats().chargingChanged(1);
        if (bms()) {
            e.send(LiveFrames.handshake(pileNo(), gun));
            e.send(LiveFrames.parameters(pileNo(), gun));
        }
        sendLive(gun);
        gun.liveDueAt = e.schedule(PileShard.now() + e.settings.liveChargingMillis());
        LOG.debug("charging [pile: {}, gun: {}, serial: {}, trigger: {}]", pileNo(), gun.number(), serial, trigger);
        e.changed();
    }

    // ---- stop and records -----------------------------------------------------------------------

    void endSession(Gun gun, StopReason reason) {
        ChargingSession s = gun.session;
        LocalDateTime end = e.pileNow();
        s.meter.advanceTo(end, s.powerWatts);
        if (bms()) {
            e.send(LiveFrames.chargeEnd(pileNo(), gun, end));
        }
        long energy = s.meter.energyDeciWh();
        TransactionRecord record = new TransactionRecord(s.serial, pileNo(), gun.number(), Cp56Time2a.of(s.start),
                Cp56Time2a.of(end), s.meter.tierRecords(), s.meterStartDeciWh, s.meterStartDeciWh + energy, energy,
                s.meter.lossEnergyDeciWh(), s.meter.amountCentiFen(), s.vin, s.trigger.code(), Cp56Time2a.of(end), reason, s.card);
        gun.meterDeciWh += energy;
        gun.progress(energy, s.meter.amountCentiFen());
        gun.session = null;
        gun.status(gun.fault ? GunStatus.FAULT : GunStatus.IDLE);
        e.shard.stats().chargingChanged(-1);
        long now = PileShard.now();
        records().add(record, e.schedule(now + e.settings.recordResendMillis()));
        e.send(record);
        sendLive(gun);
        gun.liveDueAt = e.schedule(now + e.settings.liveIdleMillis());
        LOG.debug("session ended [pile: {}, gun: {}, serial: {}, reason: {}, energy: {}]", pileNo(), gun.number(), s.serial,
                reason.hex(), energy);
        e.changed();
        e.commands.sessionEnded();
    }

    private PendingRecords records() {
        if (records == null) {
            records = new PendingRecords();
        }
        return records;
    }

    private void resendDue(long now) {
        for (TransactionRecord record : records.takeDue(now, e.settings.recordResendMillis())) {
            e.send(record);
        }
    }

    void confirmed(TradeSerial serial) {
        if (records != null && records.confirm(serial)) {
            LOG.debug("transaction record confirmed [pile: {}, serial: {}]", pileNo(), serial);
            e.changed();
        }
    }

    List<TransactionRecord> pendingRecords() {
        return records == null ? List.of() : records.snapshot();
    }

    // ---- plug and fault -------------------------------------------------------------------------

    void plugIfNeeded(Gun gun) {
        if (!gun.plugged()) {
            gun.plugged(true);
            sendLive(gun);
        }
    }

    void plug(Gun gun) {
        plugIfNeeded(gun);
        RemoteStart pending = gun.pendingStart;
        gun.pendingStart = null;
        if (pending != null && PileShard.now() <= gun.pendingStartUntil && refusal(gun, pending.pileNo()) == 0) {
            e.send(new RemoteStartReply(pending.tradeSerial(), pileNo(), gun.number(), true, 0));
            startSession(gun, pending.tradeSerial(), TransactionTrigger.APP, pending.physicalCardNo(), "", true);
        }
        e.changed();
    }

    void unplug(Gun gun) {
        gun.autoPlug = false;
        if (gun.plugged()) {
            gun.plugged(false);
            if (gun.session != null) {
                endSession(gun, PILOT_DISCONNECTED);
            } else {
                sendLive(gun);
            }
        }
        e.changed();
    }

    void fault(Gun gun, boolean on) {
        gun.fault = on;
        if (on && gun.session != null) {
            endSession(gun, EMERGENCY_STOP);
        }
        gun.status(on ? GunStatus.FAULT : gun.session != null ? GunStatus.CHARGING : GunStatus.IDLE);
        sendLive(gun);
        e.changed();
    }

    boolean anyCharging() {
        for (Gun gun : e.guns) {
            if (gun.session != null) {
                return true;
            }
        }
        return false;
    }

    void endAll(StopReason reason) {
        for (Gun gun : e.guns) {
            if (gun.session != null) {
                endSession(gun, reason);
            }
        }
    }
}
