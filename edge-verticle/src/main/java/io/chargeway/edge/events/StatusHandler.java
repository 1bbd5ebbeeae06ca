package io.chargeway.edge.events;

import io.chargeway.edge.session.PileSession;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.HeartbeatResponse;

/**
 * Heartbeats and the lossy status frames of logged-in piles.
 */
public final class StatusHandler {

    /** Answers a heartbeat (0x03 -> 0x04 with the same sequence, reference 5.3/5.4). */
    public void heartbeat(PileSession session, int sequence, Heartbeat heartbeat) {
        session.reply(sequence, HeartbeatResponse.to(heartbeat));
    }
}
