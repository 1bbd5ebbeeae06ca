package io.chargeway.edge.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.Crc16Modbus;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.LoginResponse;
import io.chargeway.ykc.message.session.PileType;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;

/**
 * A pile written frame by frame for the cases the simulator does on purpose differently: exact
 * re-sends, frames before login, foreign frame types, encrypted or reversed-direction frames.
 * Blocking helpers for the test thread.
 */
public final class RawPile implements AutoCloseable {

    /** A frame the platform sent. */
    public record Received(int sequence, CrcOrder crcOrder, YkcMessage message) {
    }

    private final NetClient client;
    private final NetSocket socket;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> all = new ArrayList<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private int sequence;

    private RawPile(NetClient client, NetSocket socket) {
        this.client = client;
        this.socket = socket;
        FrameDecoder decoder = new FrameDecoder(255, new FrameListener() {
            @Override
            public void onFrame(int seq, CrcOrder order, YkcMessage message) {
                Received r = new Received(seq, order, message);
                synchronized (all) {
                    all.add(r);
                }
                received.add(r);
            }

            @Override
            public void onRejected(FrameRejection rejection) {
                throw new AssertionError("platform sent a bad frame: " + rejection);
            }
        });
        socket.handler(decoder::feed);
        socket.closeHandler(v -> closed.complete(null));
    }

    /** Connects to the edge. */
    public static RawPile connect(Vertx vertx, int port) throws Exception {
        NetClient client = vertx.createNetClient();
        NetSocket socket = client.connect(port, "127.0.0.1").await(10, TimeUnit.SECONDS);
        return new RawPile(client, socket);
    }

    /** Sends a frame with the next sequence number; returns that number. */
    public int send(YkcMessage message) throws Exception {
        int seq = sequence++;
        sendBytes(FrameEncoder.encode(seq, message, CrcOrder.LOW_FIRST));
        return seq;
    }

    /** Sends raw bytes. */
    public void sendBytes(byte[] bytes) throws Exception {
        socket.write(Buffer.buffer(bytes)).await(10, TimeUnit.SECONDS);
    }

    /**
     * A frame built byte by byte with a valid CRC (low byte first): for types and flags the
     * encoder refuses (unknown types, encryption).
     */
    public static byte[] frame(int sequence, int encryption, int type, byte[] body) {
        byte[] f = new byte[body.length + 8];
        f[0] = 0x68;
        f[1] = (byte) (body.length + 4);
        f[2] = (byte) sequence;
        f[3] = (byte) (sequence >>> 8);
        f[4] = (byte) encryption;
        f[5] = (byte) type;
        System.arraycopy(body, 0, f, 6, body.length);
        int crc = Crc16Modbus.compute(f, 2, body.length + 4);
        f[f.length - 2] = (byte) crc;
        f[f.length - 1] = (byte) (crc >>> 8);
        return f;
    }

    /** Sends a login request and returns the platform's answer. */
    public LoginResponse login(String pileNo, int guns) throws Exception {
        send(new LoginRequest(PileNo.parse(pileNo), PileType.DC, guns, LoginRequest.PROTOCOL_V16, "V9.9.99", 1, "0".repeat(20), 0));
        return await(FrameType.LOGIN_RESPONSE, Duration.ofSeconds(10));
    }

    /**
     * The next frame of {@code type} (frames of other types before it are skipped).
     *
     * @throws AssertionError if none arrives in time
     */
    @SuppressWarnings("unchecked")
    public <M extends YkcMessage> M await(FrameType type, Duration timeout) throws InterruptedException {
        Received r = awaitReceived(type, timeout);
        return (M) r.message();
    }

    /** Like {@link #await} with the sequence and CRC order. */
    public Received awaitReceived(FrameType type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Received r = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("no " + type.hex() + " from the edge within " + timeout);
            }
            if (r.message().frameType() == type) {
                return r;
            }
        }
    }

    /** How many frames of {@code type} arrived so far. */
    public long count(FrameType type) {
        synchronized (all) {
            return all.stream().filter(r -> r.message().frameType() == type).count();
        }
    }

    /** Whether the edge closed the connection within {@code timeout}. */
    public boolean awaitClosed(Duration timeout) {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Whether the connection is closed now. */
    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() throws Exception {
        client.close().await(10, TimeUnit.SECONDS);
    }
}
