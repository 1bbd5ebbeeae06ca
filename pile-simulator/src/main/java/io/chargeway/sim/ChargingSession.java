package io.chargeway.sim;

import java.time.Duration;
import java.time.LocalDateTime;

import io.chargeway.sim.metering.SessionMeter;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.chargeway.ykc.message.session.BillingModel;

/**
 * One running session of a gun: its serial, how it was started, and its meter. Lives on the
 * pile's event loop from start to the 0x3B record.
 */
final class ChargingSession {

    /** A DC vehicle's battery in the simulation: 60 kWh, so 1 % is 0.6 kWh. */
    static final long BATTERY_DECI_WH = 600_000;
    static final int START_SOC_PERCENT = 30;

    final TradeSerial serial;
    final TransactionTrigger trigger;
    final PhysicalCardNo card;
    final String vin;
    final LocalDateTime start;
    final long meterStartDeciWh;
    final int powerWatts;
    final SessionMeter meter;
    /** Whether the session ends by itself at 100 % SOC (DC sessions the platform authorised). */
    final boolean stopsWhenFull;

    ChargingSession(TradeSerial serial, TransactionTrigger trigger, PhysicalCardNo card, String vin, LocalDateTime start,
                    long meterStartDeciWh, int powerWatts, BillingModel model, boolean stopsWhenFull) {
        this.serial = serial;
        this.trigger = trigger;
        this.card = card;
        this.vin = vin;
        this.start = start;
        this.meterStartDeciWh = meterStartDeciWh;
        this.powerWatts = powerWatts;
        this.meter = new SessionMeter(model, start);
        this.stopsWhenFull = stopsWhenFull;
    }

    /** The DC state of charge: 30 % at start plus what the energy added, at most 100. */
    int socPercent() {
        return (int) Math.min(100, START_SOC_PERCENT + meter.energyDeciWh() * 100 / BATTERY_DECI_WH);
    }

    /** Minutes to a full battery at this power. */
    int remainingMinutes() {
        long missingDeciWh = (100 - socPercent()) * BATTERY_DECI_WH / 100;
        return (int) (missingDeciWh * SessionMeter.WATT_MILLIS_PER_DECI_WH / powerWatts / 60_000);
    }

    /** Whole minutes since the start. */
    int chargingMinutes(LocalDateTime now) {
        return (int) Math.max(0, Duration.between(start, now).toMinutes());
    }
}
