package io.chargeway.sim;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.message.session.Heartbeat;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Misbehaviour of one pile on demand, for the platform's robustness tests. One-shot actions write
 * broken bytes on the current connection; switches stay on until turned off (or {@link #reset()}).
 * Every method runs on the pile's event loop; the Future completes once the bytes were handed to
 * the socket or the switch is set. One-shot actions fail with {@link IllegalStateException} when
 * the pile has no connection.
 */
public final class Misbehaviour {

    private static final Logger LOG = LoggerFactory.getLogger(Misbehaviour.class);
    private static final int FLOOD_BATCH = 256;

    private final PileEngine pile;

    Misbehaviour(PileEngine pile) {
        this.pile = pile;
    }

    /** Writes {@code count} random bytes that contain no 0x68 start byte (the decoder sees GARBAGE). */
    public Future<Void> garbage(int count) {
        return onLink(link -> {
            byte[] bytes = new byte[count];
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < count; i++) {
                int b;
                do {
                    b = random.nextInt(256);
                } while (b == FrameDecoder.START);
                bytes[i] = (byte) b;
            }
            link.write(Buffer.buffer(bytes));
        });
    }

    /** Writes a heartbeat whose CRC is wrong in both byte orders (the decoder sees BAD_CRC). */
    public Future<Void> badCrcFrame() {
        return onLink(link -> {
            byte[] frame = heartbeat(link);
            frame[frame.length - 1] ^= 0x5A;
            frame[frame.length - 2] ^= 0x3C;
            link.write(Buffer.buffer(frame));
            pile.shard.stats().frameSent();
        });
    }

    /**
     * Writes the first half of a heartbeat, then the rest after {@code pause} on the same
     * connection (a frame split across TCP segments).
     */
    public Future<Void> halfFrame(Duration pause) {
        return onLink(link -> {
            byte[] frame = heartbeat(link);
            int half = frame.length / 2;
            link.write(Buffer.buffer(frame).slice(0, half).copy());
            pile.shard.vertx().setTimer(Math.max(1, pause.toMillis()), id -> {
                if (link.isOpen()) {
                    link.write(Buffer.buffer(frame).slice(half, frame.length).copy());
                    pile.shard.stats().frameSent();
                }
            });
        });
    }

    /** Writes the first half of a heartbeat and never the rest. */
    public Future<Void> halfFrameNeverCompleted() {
        return onLink(link -> {
            byte[] frame = heartbeat(link);
            link.write(Buffer.buffer(frame).slice(0, frame.length / 2).copy());
        });
    }

    /**
     * Writes {@code frames} heartbeats as fast as the socket takes them (waiting only when its
     * write queue is full).
     *
     * @return completes when all were written; fails if the connection goes away first
     */
    public Future<Void> flood(int frames) {
        return ContextCalls.compose(pile.shard.context(), () -> {
            PileLink link = pile.link();
            if (link == null) {
                return Future.failedFuture(new IllegalStateException("pile " + pile.pileNo() + " is not connected"));
            }
            Promise<Void> done = Promise.promise();
            floodBatch(link, frames, done);
            return done.future();
        });
    }

    private void floodBatch(PileLink link, int remaining, Promise<Void> done) {
        int left = remaining;
        Buffer batch = Buffer.buffer(FLOOD_BATCH * 20);
        while (left > 0 && link.isOpen()) {
            int n = Math.min(FLOOD_BATCH, left);
            for (int i = 0; i < n; i++) {
                batch.appendBytes(heartbeat(link));
            }
            link.write(batch);
            pile.shard.stats().framesSent(n);
            left -= n;
            batch = Buffer.buffer(FLOOD_BATCH * 20);
            if (link.writeQueueFull() && left > 0) {
                int rest = left;
                link.drainHandler(() -> floodBatch(link, rest, done));
                return;
            }
        }
        if (left > 0) {
            done.fail(new IllegalStateException("connection of pile " + pile.pileNo() + " closed during the flood"));
        } else {
            done.complete();
        }
    }

    /** While on, the pile writes nothing at all (no login, heartbeat, live data or answer) but keeps the socket open. */
    public Future<Void> silent(boolean on) {
        return set(() -> pile.faults.silent(on), "silent", on);
    }

    /**
     * Goes silent on the current connection only: the socket stays open and the pile writes
     * nothing until the connection ends; the next connection logs in normally.
     */
    public Future<Void> silentUntilReconnect() {
        return set(() -> pile.faults.silentUntilReconnect(true), "silent until reconnect", true);
    }

    /** While on, every frame carries its CRC high byte first (open point 1 of the protocol reference). */
    public Future<Void> crcHighByteFirst(boolean on) {
        return set(() -> pile.faults.crcHighFirst(on), "CRC high byte first", on);
    }

    /** While on, platform commands get no answer at all (for the platform's command timeouts). */
    public Future<Void> ignoreCommands(boolean on) {
        return set(() -> pile.faults.ignoreCommands(on), "ignore commands", on);
    }

    /** Answers platform commands only after {@code delay}; {@link Duration#ZERO} answers at once again. */
    public Future<Void> delayAnswers(Duration delay) {
        return set(() -> pile.faults.answerDelayMillis(delay.toMillis()), "answer delay " + delay.toMillis() + " ms", true);
    }

    /** While on, the pile answers a billing model setting (0x58) with failure (0x57) and keeps the model it has. */
    public Future<Void> refuseBillingModels(boolean on) {
        return set(() -> pile.faults.refuseBillingModels(on), "refuse billing models", on);
    }

    /** Turns every switch off. */
    public Future<Void> reset() {
        return set(pile.faults::reset, "all misbehaviour", false);
    }

    private Future<Void> set(Runnable change, String what, boolean on) {
        return ContextCalls.run(pile.shard.context(), () -> {
            change.run();
            LOG.debug("misbehaviour switched [pile: {}, what: {}, on: {}]", pile.pileNo(), what, on);
        });
    }

    private byte[] heartbeat(PileLink link) {
        return FrameEncoder.encode(link.nextSequence(), new Heartbeat(pile.identity.pileNo(), 1, false), pile.crcOrder());
    }

    private Future<Void> onLink(Consumer<PileLink> action) {
        return ContextCalls.compose(pile.shard.context(), () -> {
            PileLink link = pile.link();
            if (link == null) {
                return Future.failedFuture(new IllegalStateException("pile " + pile.pileNo() + " is not connected"));
            }
            action.accept(link);
            return Future.succeededFuture();
        });
    }
}
