package io.chargeway.sim;

import java.time.LocalDateTime;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.bms.BmsChargeEnd;
import io.chargeway.ykc.message.bms.BmsDemand;
import io.chargeway.ykc.message.bms.BmsHandshake;
import io.chargeway.ykc.message.bms.BmsInfo;
import io.chargeway.ykc.message.bms.BmsParameters;
import io.chargeway.ykc.message.live.GunState;
import io.chargeway.ykc.message.live.HardwareFault;
import io.chargeway.ykc.message.live.Holstered;
import io.chargeway.ykc.message.live.RealtimeData;

/**
 * Builds the live frames of a gun from its state: 0x13 for every gun, and for DC sessions the
 * GB/T 27930 BMS frames 0x15, 0x17, 0x23, 0x25 and 0x19 with the values of a plausible 60 kWh
 * LFP battery at 380 V. Pure functions of the gun, its session and the time.
 */
final class LiveFrames {

    static final int DC_DECI_VOLTS = 3_800;
    static final int AC_DECI_VOLTS = 2_200;
    private static final int TEMP_OFFSET = RealtimeData.TEMPERATURE_OFFSET;
    /** GB/T 27930 currents: raw 4000 is 0 A, 0.1 A per bit, charging current negative. */
    private static final int CURRENT_ZERO = 4_000;
    private static final String DEMO_VIN = "LSJA24U69MS000001";
    /** GB/T software version bytes (LE): build 1, day 1, month 6, year 2023, reserved 0xFFFFFF. */
    private static final long BMS_SOFTWARE = 0x01L | 0x01L << 8 | 0x06L << 16 | 2023L << 24 | 0xFFFFFFL << 40;

    private LiveFrames() {
    }

    static RealtimeData realtime(PileNo pileNo, Gun gun, boolean dc, LocalDateTime now) {
        ChargingSession s = gun.session;
        GunState state = gun.fault ? GunState.FAULT : s != null ? GunState.CHARGING : GunState.IDLE;
        int faults = gun.fault ? HardwareFault.EMERGENCY_STOP.mask() : 0;
        Holstered holstered = gun.plugged() ? Holstered.NO : Holstered.YES;
        if (s == null) {
            return new RealtimeData(TradeSerial.ZERO, pileNo, gun.number(), state, holstered, gun.plugged(), 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, faults);
        }
        int volts = dc ? DC_DECI_VOLTS : AC_DECI_VOLTS;
        long energy = s.meter.energyDeciWh();
        return new RealtimeData(s.serial, pileNo, gun.number(), state, holstered, gun.plugged(), volts, deciAmps(s, volts),
                35 + TEMP_OFFSET, 0, dc ? s.socPercent() : 0, dc ? 30 + TEMP_OFFSET : 0, s.chargingMinutes(now),
                dc ? s.remainingMinutes() : 0, energy, s.meter.lossEnergyDeciWh(), s.meter.amountCentiFen(), faults);
    }

    static BmsHandshake handshake(PileNo pileNo, Gun gun) {
        ChargingSession s = gun.session;
        return new BmsHandshake(s.serial, pileNo, gun.number(), 0x000101, 0x03, 1_500, 4_000, "CATL", 1, 2023 - 1985, 6, 1, 120, 1,
                0, vin(s), BMS_SOFTWARE);
    }

    static BmsParameters parameters(PileNo pileNo, Gun gun) {
        ChargingSession s = gun.session;
        return new BmsParameters(s.serial, pileNo, gun.number(), 365, CURRENT_ZERO - 2_500, 600, 4_380, 55 + TEMP_OFFSET,
                s.socPercent() * 10, DC_DECI_VOLTS, 7_500, 2_000, CURRENT_ZERO - 2_500, CURRENT_ZERO);
    }

    static BmsDemand demand(PileNo pileNo, Gun gun, LocalDateTime now) {
        ChargingSession s = gun.session;
        int current = CURRENT_ZERO - deciAmps(s, DC_DECI_VOLTS);
        return new BmsDemand(s.serial, pileNo, gun.number(), 4_000, current, 0x02, DC_DECI_VOLTS, current, 345, s.socPercent(),
                s.remainingMinutes(), DC_DECI_VOLTS, current, s.chargingMinutes(now));
    }

    static BmsInfo info(PileNo pileNo, Gun gun) {
        return new BmsInfo(gun.session.serial, pileNo, gun.number(), 12, 35 + TEMP_OFFSET, 3, 28 + TEMP_OFFSET, 5, 0x1000);
    }

    static BmsChargeEnd chargeEnd(PileNo pileNo, Gun gun, LocalDateTime now) {
        ChargingSession s = gun.session;
        int energyDeciKwh = (int) Math.min(65_535, s.meter.energyDeciWh() / 1_000);
        return new BmsChargeEnd(s.serial, pileNo, gun.number(), s.socPercent(), 330, 345, 28 + TEMP_OFFSET, 35 + TEMP_OFFSET,
                s.chargingMinutes(now), energyDeciKwh, 1);
    }

    /** Output current in 0.1 A, capped at what the 2-byte fields carry. */
    private static int deciAmps(ChargingSession s, int deciVolts) {
        return (int) Math.min(CURRENT_ZERO, (long) s.powerWatts * 100 / deciVolts);
    }

    private static String vin(ChargingSession s) {
        return s.vin.isEmpty() ? DEMO_VIN : s.vin;
    }
}
