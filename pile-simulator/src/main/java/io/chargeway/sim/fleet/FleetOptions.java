package io.chargeway.sim.fleet;

import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileShard;
import io.chargeway.sim.PileTarget;

/**
 * What a {@link SimulatorFleet} runs.
 *
 * @param target               the platform's YKC address (the source address is chosen per pile)
 * @param pileCount            number of piles
 * @param layout               pile numbers and DC/AC gun layout
 * @param rampPerSecond        connections started per second
 * @param sourceIps            piles bind to 127.0.0.1 .. 127.0.0.k round-robin (k = this, 1..254); 0 binds
 *                             nothing (use the system's choice, required for non-loopback targets)
 * @param shards               event loops the piles are spread over
 * @param tickMillis           period of each shard's tick
 * @param connectTimeoutMillis TCP connect timeout
 * @param settings             behaviour shared by every pile
 * @param scenario             what the piles do beyond the protocol duties
 */
public record FleetOptions(PileTarget target, int pileCount, PileLayout layout, int rampPerSecond, int sourceIps, int shards,
                           long tickMillis, int connectTimeoutMillis, PileSettings settings, Scenario scenario) {

    /** Validates the values. */
    public FleetOptions {
        if (target == null || layout == null || settings == null || scenario == null) {
            throw new IllegalArgumentException("target, layout, settings and scenario are required");
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
        if (shards < 1 || tickMillis < 1 || connectTimeoutMillis < 1) {
            throw new IllegalArgumentException("shards, tick and connect timeout must be positive");
        }
    }

    /**
     * Options for {@code pileCount} piles against {@code host:port}: the standard layout, 1,000
     * connections per second, the system's source address, one shard per core, idle scenario, and
     * default pile settings with per-pile frame history off (a fleet is watched through its stats).
     */
    public static FleetOptions of(String host, int port, int pileCount) {
        return new FleetOptions(PileTarget.of(host, port), pileCount, PileLayout.standard(), 1_000, 0,
                Runtime.getRuntime().availableProcessors(), PileShard.DEFAULT_TICK_MILLIS, 10_000,
                PileSettings.builder().observe(false).build(), Scenario.IDLE);
    }

    /** These options with another layout. */
    public FleetOptions withLayout(PileLayout newLayout) {
        return new FleetOptions(target, pileCount, newLayout, rampPerSecond, sourceIps, shards, tickMillis, connectTimeoutMillis,
                settings, scenario);
    }

    /** These options with another ramp-up rate. */
    public FleetOptions withRamp(int perSecond) {
        return new FleetOptions(target, pileCount, layout, perSecond, sourceIps, shards, tickMillis, connectTimeoutMillis,
                settings, scenario);
    }

    /** These options binding piles to 127.0.0.1 .. 127.0.0.k. */
    public FleetOptions withSourceIps(int k) {
        return new FleetOptions(target, pileCount, layout, rampPerSecond, k, shards, tickMillis, connectTimeoutMillis,
                settings, scenario);
    }

    /** These options over {@code n} event loops. */
    public FleetOptions withShards(int n) {
        return new FleetOptions(target, pileCount, layout, rampPerSecond, sourceIps, n, tickMillis, connectTimeoutMillis,
                settings, scenario);
    }

    /** These options with other pile settings. */
    public FleetOptions withSettings(PileSettings newSettings) {
        return new FleetOptions(target, pileCount, layout, rampPerSecond, sourceIps, shards, tickMillis, connectTimeoutMillis,
                newSettings, scenario);
    }

    /** These options with another scenario. */
    public FleetOptions withScenario(Scenario newScenario) {
        return new FleetOptions(target, pileCount, layout, rampPerSecond, sourceIps, shards, tickMillis, connectTimeoutMillis,
                settings, newScenario);
    }

    /** These options with another shard tick. */
    public FleetOptions withTickMillis(long millis) {
        return new FleetOptions(target, pileCount, layout, rampPerSecond, sourceIps, shards, millis, connectTimeoutMillis,
                settings, scenario);
    }

    /** The source address of pile {@code index} (1-based), or null when binding nothing. */
    public String sourceAddress(int index) {
        return sourceIps == 0 ? null : "127.0.0." + (1 + (index - 1) % sourceIps);
    }
}
