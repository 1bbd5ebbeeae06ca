package io.chargeway.bench.edge;

import java.util.Locale;

import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.command.ReadLiveData;
import io.chargeway.contract.command.SyncClock;

/** The downlink command the benchmark sends through the core to measure the round trip. */
public enum CommandKind {

    /** Time sync (0x56), answered by 0x55: unambiguous, leaves the pile as it was. */
    SYNC_CLOCK,
    /** Read live data of gun 1 (0x12), answered by 0x13 (a charging pile also sends 0x13 on its own). */
    READ_LIVE_DATA;

    /** The command for one pile; times are the edge's clock at sending. */
    public PileCommand forPile(String pileNo) {
        return this == SYNC_CLOCK ? new SyncClock(pileNo, null) : new ReadLiveData(pileNo, 1);
    }

    /** The name on the command line, e.g. {@code sync-clock}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Looks a kind up by its command-line name.
     *
     * @throws IllegalArgumentException naming the known kinds if none matches
     */
    public static CommandKind fromName(String name) {
        for (CommandKind k : values()) {
            if (k.cliName().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown command '" + name + "'; known: sync-clock, read-live-data");
    }
}
