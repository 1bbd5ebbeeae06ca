package io.chargeway.core.pile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.chargeway.contract.pile.PileLoginRequest;
import io.vertx.core.Promise;

/**
 * The presence updates of one pile waiting for the next batch, folded into the one row they
 * amount to: the latest time seen, the latest login's facts, and the node changes applied in
 * arrival order (online at N sets the node; offline at N clears it if it is N, or, when the node
 * is not known here, if the database still names N). Event-loop confined, like its batcher.
 */
final class PendingPresence {

    final String pileNo;
    final List<Promise<Boolean>> waiters = new ArrayList<>(1);
    private Instant seenAt;
    private Instant loginAt;
    private String protocolVersion;
    private String programVersion;
    private String simIccid;
    private boolean assignNode;
    private String node;
    private final Set<String> clearIf = new LinkedHashSet<>();

    PendingPresence(String pileNo) {
        this.pileNo = pileNo;
    }

    void seen(Instant at) {
        if (at != null && (seenAt == null || at.isAfter(seenAt))) {
            seenAt = at;
        }
    }

    void login(Instant at, PileLoginRequest request) {
        loginAt = at;
        protocolVersion = request.protocolVersion();
        programVersion = request.programVersion();
        simIccid = request.simIccid();
        assign(request.nodeId());
    }

    void assign(String nodeId) {
        assignNode = true;
        node = nodeId;
        clearIf.clear();
    }

    void clearIf(String nodeId) {
        if (assignNode) {
            if (Objects.equals(node, nodeId)) {
                node = null;
            }
        } else if (nodeId != null && nodeId.indexOf(',') < 0) {
            // FIND_IN_SET separates on commas; a node id with one cannot be named (edge node ids never have one)
            clearIf.add(nodeId);
        }
    }

    PresenceUpdate toUpdate() {
        return new PresenceUpdate(pileNo, seenAt, loginAt, protocolVersion, programVersion, simIccid, assignNode, node,
                clearIf.isEmpty() ? null : String.join(",", clearIf));
    }

    void complete(boolean registered) {
        waiters.forEach(w -> w.complete(registered));
    }

    void fail(Throwable err) {
        waiters.forEach(w -> w.fail(err));
    }
}
