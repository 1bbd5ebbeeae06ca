package io.chargeway.edge.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.event.GroundLockReported;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.event.PileFaultChanged;
import io.chargeway.contract.event.RemoteStartReported;
import io.chargeway.contract.event.TierUsage;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.pile.StartAuthorizationRequest;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.message.charging.ParallelGunRole;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.live.HardwareFault;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.maintenance.GroundLockStatus;
import io.chargeway.ykc.message.maintenance.LockAlarm;

/**
 * Turns pile frame records into the platform's normalized events and requests (like Hono's
 * protocol providers): pure functions, no I/O, no state. Units keep the names the contract
 * uses; CP56Time2a times are Beijing local time (Asia/Shanghai) turned into instants.
 */
public final class UplinkTranslator {

    /** The zone of every pile clock. */
    public static final ZoneId PILE_ZONE = ZoneId.of("Asia/Shanghai");
    /** Fault name of the heartbeat's gun-fault flag (0x03 offset 8). */
    public static final String GUN_FAULT = "GUN_FAULT";

    private static final int FAULT_WORD_BITS = 16;

    private UplinkTranslator() {
    }

    /** A 0x13 as a live sample; {@code at} is when the edge received it. */
    public static LiveSample liveSample(RealtimeData d, long tenantId, Instant at) {
        return new LiveSample(d.pileNo().toString(), tenantId, d.gun(), d.tradeSerial().toString(), status(d),
                d.plugged(), d.holstered().name(), d.outputDeciVolts(), d.outputDeciAmps(), celsius(d.gunCableTempRaw()),
                d.socPercent(), celsius(d.batteryMaxTempRaw()), d.chargingMinutes(), d.remainingMinutes(), d.energyDeciWh(),
                d.lossAdjustedEnergyDeciWh(), d.amountCentiFen(), faultNames(d.hardwareFaultBits()), at);
    }

    /** The normalized gun status of a 0x13. */
    public static GunStatus status(RealtimeData d) {
        return switch (d.gunState()) {
            case OFFLINE -> GunStatus.OFFLINE;
            case FAULT -> GunStatus.FAULT;
            case IDLE -> GunStatus.IDLE;
            case CHARGING -> GunStatus.CHARGING;
        };
    }

    /**
     * The status change a 0x13 reports, or null when status and plug state are as before.
     *
     * @param previous        the status before, null for the first report of the session
     * @param previousPlugged the plug state before
     */
    public static GunStatusChanged statusChange(RealtimeData d, long tenantId, GunStatus previous, boolean previousPlugged,
                                                Instant at) {
        GunStatus now = status(d);
        if (now == previous && d.plugged() == previousPlugged) {
            return null;
        }
        return new GunStatusChanged(d.pileNo().toString(), tenantId, d.gun(), now, d.plugged(), previous, at);
    }

    /**
     * The fault change between two fault states of a gun (0x13 fault word plus the heartbeat's
     * gun-fault flag), or null when the set of active faults is the same.
     */
    public static PileFaultChanged faultChange(String pileNo, long tenantId, int gun, int oldWord, boolean oldGunFault,
                                               int newWord, boolean newGunFault, Instant at) {
        List<String> before = activeFaults(oldWord, oldGunFault);
        List<String> after = activeFaults(newWord, newGunFault);
        if (before.equals(after)) {
            return null;
        }
        List<String> raised = new ArrayList<>(after);
        raised.removeAll(before);
        List<String> cleared = new ArrayList<>(before);
        cleared.removeAll(after);
        return new PileFaultChanged(pileNo, tenantId, gun, after, List.copyOf(raised), List.copyOf(cleared), at);
    }

    /**
     * The names of the faults in a 0x13 fault word: the documented ones by name, vendor bits
     * 13..15 as {@code UNDOCUMENTED_BIT_14..16} (the document's 1-based numbering).
     */
    public static List<String> faultNames(int word) {
        if (word == 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (HardwareFault fault : HardwareFault.activeIn(word)) {
            names.add(fault.name());
        }
        for (int bit = Integer.numberOfTrailingZeros(~HardwareFault.DOCUMENTED_BITS); bit < FAULT_WORD_BITS; bit++) {
            if ((word & 1 << bit) != 0) {
                names.add("UNDOCUMENTED_BIT_" + (bit + 1));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> activeFaults(int word, boolean gunFault) {
        List<String> names = new ArrayList<>(faultNames(word));
        if (gunFault) {
            names.add(GUN_FAULT);
        }
        return names;
    }

    /** A 0x61 ground-lock report. */
    public static GroundLockReported groundLock(GroundLockStatus s, long tenantId, Instant at) {
        String alarm = s.alarm().map(LockAlarm::name).orElse(String.format("UNKNOWN_0x%02X", s.alarmCode()));
        return new GroundLockReported(s.pileNo().toString(), tenantId, s.gun(), s.lockState().name(), s.vehicleParked(),
                s.batteryPercent(), alarm, at);
    }

    /** A 0x33 (or the 0x33 part of a 0xA3) that no command was waiting for. */
    public static RemoteStartReported remoteStart(RemoteStartReply r, long tenantId, Instant at) {
        return new RemoteStartReported(r.pileNo().toString(), tenantId, r.gun(), r.tradeSerial().toString(), r.started(),
                r.failureCode(), r.started() ? null : r.failureReason(), at);
    }

    /** A 0x3B as the record the core books; times the pile sent invalid become null. */
    public static TransactionRecorded transaction(TransactionRecord r, long tenantId, Instant at) {
        List<TierUsage> tiers = new ArrayList<>(4);
        for (TierRecord t : r.tiers()) {
            tiers.add(new TierUsage(t.priceMilliFenPerKwh(), t.energyDeciWh(), t.lossEnergyDeciWh(), t.amountCentiFen()));
        }
        return new TransactionRecorded(r.pileNo().toString(), tenantId, r.gun(), r.tradeSerial().toString(),
                instant(r.startTime()), instant(r.endTime()), List.copyOf(tiers), r.meterStartDeciWh(), r.meterEndDeciWh(),
                r.totalEnergyDeciWh(), r.totalLossEnergyDeciWh(), r.totalAmountCentiFen(), r.vin(), r.trigger().name(),
                instant(r.tradeTime()), r.stopReason().code(), r.stopReason().description(), r.physicalCardNo().toString(), at);
    }

    /**
     * A 0x31 (or the 0x31 part of a 0xA1) as an authorisation request.
     *
     * @param parallel the 0xA1 parallel sequence, null for 0x31
     * @param role     the 0xA1 gun role, null for 0x31
     */
    public static StartAuthorizationRequest authorization(PileStartRequest r, ParallelSequence parallel, ParallelGunRole role) {
        return new StartAuthorizationRequest(r.pileNo().toString(), r.gun(), r.startMode().name(),
                r.accountOrCardNo().toString(), r.passwordRequired() ? r.password() : "", r.vin(),
                parallel == null ? null : parallel.toString(), role == ParallelGunRole.AUXILIARY);
    }

    /** A pile time as an instant (Beijing local time), or null if the pile sent an invalid time. */
    public static Instant instant(Cp56Time2a time) {
        return time.isValid() ? time.toLocalDateTime().atZone(PILE_ZONE).toInstant() : null;
    }

    /** A temperature byte with the -50 offset; the idle value 0 ("no reading") stays 0. */
    private static int celsius(int raw) {
        return raw == 0 ? 0 : raw - RealtimeData.TEMPERATURE_OFFSET;
    }
}
