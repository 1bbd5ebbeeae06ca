package io.chargeway.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.message.YkcMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode throughput of the YKC codec over {@link FrameMix} (60 % heartbeats, 30 % live
 * data, 10 % transaction records). Scores are frames per second on one thread; run with
 * {@code -prof gc} to see bytes allocated per frame. Target: decode >= 2,000,000 frames/s per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class CodecBenchmark {

    private static final int BLOCKS = 1000;
    private static final int FRAMES = BLOCKS * FrameMix.FRAMES_PER_BLOCK;

    private byte[] stream;
    private byte[] heartbeats;
    private YkcMessage[] messages;
    private FrameDecoder decoder;
    private CountingListener listener;

    /** Counts frames into a blackhole so that decoding cannot be optimised away. */
    static final class CountingListener implements FrameListener {
        Blackhole blackhole;
        int frames;
        int rejected;

        @Override
        public void onFrame(int sequence, CrcOrder crcOrder, YkcMessage message) {
            frames++;
            blackhole.consume(message);
        }

        @Override
        public void onRejected(FrameRejection rejection) {
            rejected++;
        }
    }

    /** Builds the byte stream and the messages once. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = FrameMix.stream(BLOCKS);
        heartbeats = FrameMix.heartbeats(FRAMES);
        List<YkcMessage> all = new java.util.ArrayList<>();
        for (int b = 0; b < BLOCKS; b++) {
            all.addAll(FrameMix.messages(b));
        }
        messages = all.toArray(new YkcMessage[0]);
        listener = new CountingListener();
        decoder = new FrameDecoder(listener);
    }

    /** Feeds the stream in 4 KB reads, as a socket would, and decodes every frame. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public int decodeMix(Blackhole blackhole) {
        listener.blackhole = blackhole;
        listener.frames = 0;
        for (int off = 0; off < stream.length; off += 4096) {
            decoder.feed(stream, off, Math.min(4096, stream.length - off));
        }
        if (listener.frames != FRAMES || listener.rejected != 0) {
            throw new IllegalStateException("decoded " + listener.frames + " of " + FRAMES + ", rejected " + listener.rejected);
        }
        return listener.frames;
    }

    /**
     * Decodes heartbeats only: the allocation per frame is exactly the {@code Heartbeat} record and
     * its {@code PileNo}, which shows that framing and CRC allocate nothing.
     */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public int decodeHeartbeats(Blackhole blackhole) {
        listener.blackhole = blackhole;
        listener.frames = 0;
        for (int off = 0; off < heartbeats.length; off += 4096) {
            decoder.feed(heartbeats, off, Math.min(4096, heartbeats.length - off));
        }
        return listener.frames;
    }

    /** Encodes every message of the mix into a frame. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void encodeMix(Blackhole blackhole) {
        for (int i = 0; i < messages.length; i++) {
            blackhole.consume(FrameEncoder.encode(i & 0xFFFF, messages[i], CrcOrder.LOW_FIRST));
        }
    }
}
