package io.chargeway.edge.session;

import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.LiveSample;

/**
 * What the edge remembers about one gun to report changes only: the last status and plug state
 * (from 0x13), the fault word (0x13) and the heartbeat's fault flag (0x03), and the latest sample
 * not yet written to Redis (coalesced: the latest wins).
 */
public final class TrackedGun {

    private GunStatus status;
    private boolean plugged;
    private int faultWord;
    private boolean heartbeatFault;
    private LiveSample unsaved;

    /** The last reported status, or null before the first 0x13 of the session. */
    public GunStatus status() {
        return status;
    }

    /** Whether the gun was last reported plugged in. */
    public boolean plugged() {
        return plugged;
    }

    /** Records the status and plug state of a 0x13. */
    public void status(GunStatus newStatus, boolean newPlugged) {
        this.status = newStatus;
        this.plugged = newPlugged;
    }

    /** The last 0x13 hardware fault word (0 = none). */
    public int faultWord() {
        return faultWord;
    }

    /** Records the fault word of a 0x13. */
    public void faultWord(int word) {
        this.faultWord = word;
    }

    /** The last heartbeat's gun fault flag. */
    public boolean heartbeatFault() {
        return heartbeatFault;
    }

    /** Records the heartbeat's gun fault flag. */
    public void heartbeatFault(boolean fault) {
        this.heartbeatFault = fault;
    }

    /** The latest sample not yet written to Redis, or null. */
    public LiveSample unsaved() {
        return unsaved;
    }

    /** Remembers a sample for the next Redis flush (replacing an older unsaved one). */
    public void unsaved(LiveSample sample) {
        this.unsaved = sample;
    }
}
