package io.chargeway.sim;

import java.time.Clock;
import java.time.Duration;

/**
 * How simulated piles behave over time; one instance is shared by every pile of a fleet, so a
 * pile carries only a reference. Defaults follow YKC V1.6 section 14 and real piles.
 *
 * @param heartbeatMillis        0x03 period per gun (spec: 10 s)
 * @param heartbeatMissLimit     unanswered heartbeat rounds after which the pile drops the link and reconnects
 *                               (spec: 3); 0 never drops
 * @param liveChargingMillis     0x13 period while a gun charges (spec: 15 s); also 0x23/0x25 for DC
 * @param liveIdleMillis         0x13 period while idle (spec: 5 min)
 * @param recordResendMillis     0x3B re-send period until its 0x40 arrives (spec: 30 s)
 * @param loginTimeoutMillis     how long to wait for 0x02 before dropping the link and retrying
 * @param backoff                reconnect back-off after a lost link or a refused login
 * @param firmware               program version reported in 0x01, at most 8 ASCII characters
 * @param dcPowerWatts           charging power of a DC gun
 * @param acPowerWatts           charging power of an AC gun
 * @param bmsFrames              whether DC guns send 0x15/0x17 at start, 0x23/0x25 while charging and 0x19 at the end
 * @param observe                whether each pile keeps its last received frames for tests (costs ~1 KB per pile)
 * @param clock                  wall clock for tariff slots, trade serials and CP56Time2a fields
 */
public record PileSettings(long heartbeatMillis, int heartbeatMissLimit, long liveChargingMillis, long liveIdleMillis,
                           long recordResendMillis, long loginTimeoutMillis, Backoff backoff, String firmware,
                           int dcPowerWatts, int acPowerWatts, boolean bmsFrames, boolean observe, Clock clock) {

    /** Validates the values. */
    public PileSettings {
        requirePositive("heartbeat interval", heartbeatMillis);
        requirePositive("charging live-data interval", liveChargingMillis);
        requirePositive("idle live-data interval", liveIdleMillis);
        requirePositive("record re-send interval", recordResendMillis);
        requirePositive("login timeout", loginTimeoutMillis);
        if (heartbeatMissLimit < 0) {
            throw new IllegalArgumentException("heartbeat miss limit must be >= 0, got " + heartbeatMissLimit);
        }
        if (backoff == null || clock == null) {
            throw new IllegalArgumentException("back-off and clock are required");
        }
        if (firmware == null || firmware.length() > 8) {
            throw new IllegalArgumentException("firmware version must be at most 8 characters, got '" + firmware + "'");
        }
        if (dcPowerWatts < 1 || acPowerWatts < 1) {
            throw new IllegalArgumentException("charging power must be positive");
        }
    }

    /** The defaults: spec timings, firmware {@code V4.1.50}, 60 kW DC, 7 kW AC, BMS frames on, observed. */
    public static PileSettings defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.heartbeat = heartbeatMillis;
        b.missLimit = heartbeatMissLimit;
        b.liveCharging = liveChargingMillis;
        b.liveIdle = liveIdleMillis;
        b.recordResend = recordResendMillis;
        b.loginTimeout = loginTimeoutMillis;
        b.backoff = backoff;
        b.firmware = firmware;
        b.dcPower = dcPowerWatts;
        b.acPower = acPowerWatts;
        b.bms = bmsFrames;
        b.observe = observe;
        b.clock = clock;
        return b;
    }

    private static void requirePositive(String what, long millis) {
        if (millis < 1) {
            throw new IllegalArgumentException(what + " must be at least 1 ms, got " + millis);
        }
    }

    /** Fluent builder of {@link PileSettings}. */
    public static final class Builder {
        private long heartbeat = 10_000;
        private int missLimit = 3;
        private long liveCharging = 15_000;
        private long liveIdle = 300_000;
        private long recordResend = 30_000;
        private long loginTimeout = 15_000;
        private Backoff backoff = Backoff.DEFAULT;
        private String firmware = "V4.1.50";
        private int dcPower = 60_000;
        private int acPower = 7_000;
        private boolean bms = true;
        private boolean observe = true;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /** 0x03 period per gun. */
        public Builder heartbeatInterval(Duration d) {
            heartbeat = d.toMillis();
            return this;
        }

        /** Unanswered heartbeat rounds before reconnecting; 0 never. */
        public Builder heartbeatMissLimit(int limit) {
            missLimit = limit;
            return this;
        }

        /** 0x13 (and DC BMS 0x23/0x25) period while charging. */
        public Builder liveChargingInterval(Duration d) {
            liveCharging = d.toMillis();
            return this;
        }

        /** 0x13 period while idle. */
        public Builder liveIdleInterval(Duration d) {
            liveIdle = d.toMillis();
            return this;
        }

        /** 0x3B re-send period until confirmed by 0x40. */
        public Builder recordResendInterval(Duration d) {
            recordResend = d.toMillis();
            return this;
        }

        /** How long to wait for the 0x02 login response. */
        public Builder loginTimeout(Duration d) {
            loginTimeout = d.toMillis();
            return this;
        }

        /** Reconnect back-off. */
        public Builder backoff(Backoff b) {
            backoff = b;
            return this;
        }

        /** Program version sent in 0x01. */
        public Builder firmware(String version) {
            firmware = version;
            return this;
        }

        /** Charging power of DC and AC guns. */
        public Builder power(int dcWatts, int acWatts) {
            dcPower = dcWatts;
            acPower = acWatts;
            return this;
        }

        /** Whether DC guns send BMS frames. */
        public Builder bmsFrames(boolean on) {
            bms = on;
            return this;
        }

        /** Whether piles keep their last received frames for inspection. */
        public Builder observe(boolean on) {
            observe = on;
            return this;
        }

        /** Wall clock for tariff slots, serials and times in frames. */
        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @throws IllegalArgumentException if a value is out of range
         */
        public PileSettings build() {
            return new PileSettings(heartbeat, missLimit, liveCharging, liveIdle, recordResend, loginTimeout, backoff,
                    firmware, dcPower, acPower, bms, observe, clock);
        }
    }
}
