package io.chargeway.sim.fleet;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.chargeway.sim.GunStatus;
import io.chargeway.sim.PileScript;
import io.chargeway.sim.SimulatedPile;

/**
 * What the piles of a fleet do beyond logging in, heartbeating and answering the platform.
 * Every scenario keeps the protocol duties; the misbehaving ones add broken bytes on top.
 */
public enum Scenario {

    /** Log in, heartbeat, idle 0x13 every 5 minutes, answer commands (remote starts included). */
    IDLE("log in, heartbeat, idle live data; answer commands (remote starts charge)") {
        @Override
        PileScript script(int index, FleetOptions options) {
            return PileScript.NONE;
        }
    },

    /**
     * Log in and wait for remote starts (the app flow); with auto-card minutes set, each idle gun
     * also swipes the demo card now and then (on average every that many minutes) and stops the
     * card session at the pile after that many minutes.
     */
    CHARGING("as idle; with --auto-card, guns swipe the demo card every few minutes and stop after a few") {
        @Override
        PileScript script(int index, FleetOptions options) {
            return options.autoCardMinutes() > 0 ? new CardSwipes(options.autoCardMinutes(), options.demoCard()) : PileScript.NONE;
        }
    },

    /** Every tenth pile (1, 11, 21, ...; DC) charges on gun 1 without end, sending live and BMS data every 15 s. */
    BUSY("as idle, plus 10% of the piles charge (offline-style session) and send live data every 15 s") {
        @Override
        PileScript script(int index, FleetOptions options) {
            if ((index - 1) % 10 != 0) {
                return PileScript.NONE;
            }
            return (pile, now) -> {
                if (pile.gun(1).status() == GunStatus.IDLE) {
                    pile.gun(1).simulateCharging();
                }
                return now + BUSY_CHECK_MILLIS;
            };
        }
    },

    /** Every second heartbeat period, write garbage bytes, a bad-CRC frame or a half frame completed 200 ms later. */
    GARBAGE("as idle, plus garbage bytes, bad-CRC frames and split frames every 2 heartbeat periods") {
        @Override
        PileScript script(int index, FleetOptions options) {
            long period = 2 * options.settings().heartbeatMillis();
            return (pile, now) -> {
                switch (ThreadLocalRandom.current().nextInt(3)) {
                    case 0 -> pile.misbehave().garbage(16);
                    case 1 -> pile.misbehave().badCrcFrame();
                    default -> pile.misbehave().halfFrame(Duration.ofMillis(200));
                }
                return now + period;
            };
        }
    },

    /** Every 30 seconds, write 500 heartbeats as fast as the socket takes them. */
    FLOOD("as idle, plus " + Scenario.FLOOD_FRAMES + " heartbeats as fast as possible every 30 s") {
        @Override
        PileScript script(int index, FleetOptions options) {
            return (pile, now) -> {
                pile.misbehave().flood(FLOOD_FRAMES);
                return now + FLOOD_PERIOD_MILLIS;
            };
        }
    },

    /** Log in, then write nothing on that connection; after the platform drops it, log in again and repeat. */
    SILENT("log in, then stay silent on that connection until the platform drops it; repeat") {
        @Override
        PileScript script(int index, FleetOptions options) {
            return (pile, now) -> {
                pile.misbehave().silentUntilReconnect();
                return Long.MAX_VALUE;
            };
        }
    };

    static final int FLOOD_FRAMES = 500;
    static final long BUSY_CHECK_MILLIS = 60_000;
    static final long FLOOD_PERIOD_MILLIS = 30_000;

    private final String description;

    Scenario(String description) {
        this.description = description;
    }

    /** One line for the CLI help. */
    public String description() {
        return description;
    }

    /** The script pile {@code index} (1-based) of a fleet with these options runs. */
    abstract PileScript script(int index, FleetOptions options);

    /** The CLI name, e.g. {@code idle}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a scenario up by its CLI name.
     *
     * @throws IllegalArgumentException listing the names if none matches
     */
    public static Scenario fromName(String name) {
        for (Scenario s : values()) {
            if (s.cliName().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Scenario s : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(s.cliName());
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; known: " + names);
    }

    /** Applies the scenario to a pile before it starts. */
    void apply(SimulatedPile pile, int index, FleetOptions options) {
        PileScript script = script(index, options);
        if (script != PileScript.NONE) {
            pile.script(script);
        }
    }
}
