package io.chargeway.sim.fleet;

import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileShard;
import io.chargeway.sim.PileTarget;
import io.chargeway.ykc.field.PhysicalCardNo;

/**
 * What a {@link SimulatorFleet} runs.
 *
 * @param target               the platform's YKC address (the source address is chosen per pile)
 * @param pileCount            number of piles
 * @param layout               pile numbers and DC/AC gun layout
 * @param rampPerSecond        connections started per second
 * @param sourceIps            piles bind to 127.0.0.1 .. 127.0.0.k round-robin (k = this, 1..254); 0 binds
 *                             nothing (the system's choice, required for non-loopback targets)
 * @param shards               event loops the piles are spread over
 * @param tickMillis           period of each shard's tick
 * @param connectTimeoutMillis TCP connect timeout
 * @param settings             behaviour shared by every pile
 * @param scenario             what the piles do beyond the protocol duties
 * @param autoCardMinutes      for {@link Scenario#CHARGING}: mean idle minutes between card swipes per gun, and
 *                             the length of a card session; 0 swipes no cards
 * @param demoCard             the card the scenarios swipe
 */
public record FleetOptions(PileTarget target, int pileCount, PileLayout layout, int rampPerSecond, int sourceIps, int shards,
                           long tickMillis, int connectTimeoutMillis, PileSettings settings, Scenario scenario,
                           int autoCardMinutes, PhysicalCardNo demoCard) {

    /** The card the demo seed registers and the scenarios swipe by default. */
    public static final PhysicalCardNo DEFAULT_DEMO_CARD = PhysicalCardNo.parse("D14B0A54");

    /** Validates the values. */
    public FleetOptions {
        if (target == null || layout == null || settings == null || scenario == null || demoCard == null) {
            throw new IllegalArgumentException("target, layout, settings, scenario and demo card are required");
        }
        if (pileCount < 1) {
            throw new IllegalArgumentException("a fleet needs at least one pile, got " + pileCount);
        }
        layout.identity(pileCount);
        if (rampPerSecond < 1) {
            throw new IllegalArgumentException("ramp must be at least 1 connection per second, got " + rampPerSecond);
        }
        if (sourceIps < 0 || sourceIps > 254) {
            throw new IllegalArgumentException("source IPs must be 0..254, got " + sourceIps);
        }
        if (shards < 1 || tickMillis < 1 || connectTimeoutMillis < 1 || autoCardMinutes < 0) {
            throw new IllegalArgumentException("shards, tick and connect timeout must be positive, auto-card minutes not negative");
        }
        if (autoCardMinutes > 0 && scenario != Scenario.CHARGING) {
            throw new IllegalArgumentException("card swipes belong to the charging scenario, not to " + scenario.cliName());
        }
    }

    /**
     * A builder for {@code pileCount} piles against {@code host:port}: the standard layout, 1,000
     * connections per second, the system's source address, one shard per core, idle scenario, and
     * default pile settings with per-pile frame history off (a fleet is watched through its stats).
     */
    public static Builder builder(String host, int port, int pileCount) {
        return new Builder(host, port, pileCount);
    }

    /** The defaults of {@link #builder}, built. */
    public static FleetOptions of(String host, int port, int pileCount) {
        return builder(host, port, pileCount).build();
    }

    /** The source address of pile {@code index} (1-based), or null when binding nothing. */
    public String sourceAddress(int index) {
        return sourceIps == 0 ? null : "127.0.0." + (1 + (index - 1) % sourceIps);
    }

    /** Fluent builder of {@link FleetOptions}. */
    public static final class Builder {
        private final PileTarget target;
        private final int pileCount;
        private PileLayout layout = PileLayout.standard();
        private int ramp = 1_000;
        private int sourceIps;
        private int shards = Runtime.getRuntime().availableProcessors();
        private long tickMillis = PileShard.DEFAULT_TICK_MILLIS;
        private int connectTimeoutMillis = 10_000;
        private PileSettings settings = PileSettings.builder().observe(false).build();
        private Scenario scenario = Scenario.IDLE;
        private int autoCardMinutes;
        private PhysicalCardNo demoCard = DEFAULT_DEMO_CARD;

        private Builder(String host, int port, int pileCount) {
            this.target = PileTarget.of(host, port);
            this.pileCount = pileCount;
        }

        /** Pile numbers from another first pile. */
        public Builder layout(PileLayout l) {
            layout = l;
            return this;
        }

        /** Connections started per second. */
        public Builder ramp(int perSecond) {
            ramp = perSecond;
            return this;
        }

        /** Bind piles to 127.0.0.1 .. 127.0.0.k; 0 binds nothing. */
        public Builder sourceIps(int k) {
            sourceIps = k;
            return this;
        }

        /** Event loops the piles are spread over. */
        public Builder shards(int n) {
            shards = n;
            return this;
        }

        /** Period of each shard's tick. */
        public Builder tickMillis(long millis) {
            tickMillis = millis;
            return this;
        }

        /** TCP connect timeout. */
        public Builder connectTimeoutMillis(int millis) {
            connectTimeoutMillis = millis;
            return this;
        }

        /** Behaviour shared by every pile. */
        public Builder settings(PileSettings s) {
            settings = s;
            return this;
        }

        /** What the piles do beyond the protocol duties. */
        public Builder scenario(Scenario s) {
            scenario = s;
            return this;
        }

        /** Card swipes of the charging scenario: mean idle minutes per gun and session length; 0 off. */
        public Builder autoCardMinutes(int minutes) {
            autoCardMinutes = minutes;
            return this;
        }

        /** The card the scenarios swipe. */
        public Builder demoCard(PhysicalCardNo card) {
            demoCard = card;
            return this;
        }

        /**
         * Builds the options.
         *
         * @throws IllegalArgumentException if a value is out of range
         */
        public FleetOptions build() {
            return new FleetOptions(target, pileCount, layout, ramp, sourceIps, shards, tickMillis, connectTimeoutMillis, settings,
                    scenario, autoCardMinutes, demoCard);
        }
    }
}
