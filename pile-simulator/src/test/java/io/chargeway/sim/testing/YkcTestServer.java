package io.chargeway.sim.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.charging.TransactionConfirm;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.BillingModelCheck;
import io.chargeway.ykc.message.session.BillingModelCheckResponse;
import io.chargeway.ykc.message.session.BillingModelCheckResult;
import io.chargeway.ykc.message.session.BillingModelResponse;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.HeartbeatResponse;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.LoginResponse;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;

/**
 * The smallest YKC platform that lets the simulator be tested against real sockets: a NetServer
 * with one {@link FrameDecoder} per connection that records every frame and every rejection,
 * answers logins and heartbeats (switchable), answers other requests through
 * {@link #autoAnswer}, and lets a test send commands to a pile or close its connection. Not the
 * edge: the real platform is tested by the edge's own suites.
 */
public final class YkcTestServer {

    /** A frame the server decoded. */
    public record Received(long atNanos, PileNo pile, int sequence, CrcOrder crcOrder, YkcMessage message) {
    }

    private final Vertx vertx;
    private final Map<PileNo, Connection> byPile = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<FrameRejection> rejections = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> connectTimes = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> connectsByHost = new ConcurrentHashMap<>();
    private final Map<FrameType, BiFunction<PileNo, YkcMessage, YkcMessage>> answers = new EnumMap<>(FrameType.class);
    private final AtomicInteger loginsAccepted = new AtomicInteger();
    private volatile Predicate<LoginRequest> acceptLogin = r -> true;
    private volatile boolean answerLogins = true;
    private volatile boolean answerHeartbeats = true;
    private volatile boolean recordHeartbeats = true;
    private NetServer server;
    private int fixedPort;

    /** One pile connection on the server side. */
    public final class Connection implements FrameListener {
        private final NetSocket socket;
        private final FrameDecoder decoder = new FrameDecoder(this);
        private final AtomicInteger sequence = new AtomicInteger();
        private volatile PileNo pile;

        Connection(NetSocket socket) {
            this.socket = socket;
            socket.handler(decoder::feed);
            socket.closeHandler(v -> {
                connections.remove(this);
                if (pile != null) {
                    byPile.remove(pile, this);
                }
            });
        }

        @Override
        public void onFrame(int seq, CrcOrder crcOrder, YkcMessage message) {
            if (message instanceof LoginRequest login) {
                pile = login.pileNo();
                byPile.put(pile, this);
            }
            if (recordHeartbeats || !(message instanceof Heartbeat)) {
                received.add(new Received(System.nanoTime(), pile, seq, crcOrder, message));
            }
            YkcMessage answer = answer(pile, message);
            if (answer != null) {
                write(seq, answer);
            }
            if (message instanceof LoginRequest && answer instanceof LoginResponse r && !r.accepted()) {
                socket.close();
            }
        }

        @Override
        public void onRejected(FrameRejection rejection) {
            rejections.add(rejection);
        }

        /** Bytes the decoder holds while waiting for the rest of a frame. */
        public int buffered() {
            return decoder.buffered();
        }

        void write(int seq, YkcMessage message) {
            socket.write(FrameEncoder.encodeBuffer(seq, message, CrcOrder.LOW_FIRST));
        }

        int send(YkcMessage message) {
            int seq = sequence.getAndIncrement() & 0xFFFF;
            write(seq, message);
            return seq;
        }
    }

    /**
     * Runs a server on the given port (0: any) until the process is killed, for trying the CLI
     * and for measuring the simulator's memory in a JVM of its own.
     */
    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        YkcTestServer server = new YkcTestServer(vertx).recordHeartbeats(false);
        server.fixedPort = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        System.out.println("YKC test server listening on port " + server.start().await());
    }

    /** A server on {@code vertx}; call {@link #start()}. */
    public YkcTestServer(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Listens on 127.0.0.1 at a free port; completes with the port. */
    public Future<Integer> start() {
        server = vertx.createNetServer(new NetServerOptions().setHost("127.0.0.1").setPort(fixedPort).setAcceptBacklog(8192));
        server.connectHandler(socket -> {
            connectTimes.add(System.nanoTime());
            connectsByHost.computeIfAbsent(socket.remoteAddress().host(), h -> new AtomicInteger()).incrementAndGet();
            connections.add(new Connection(socket));
        });
        return server.listen().map(NetServer::actualPort);
    }

    /** The listening port. */
    public int port() {
        return server.actualPort();
    }

    private YkcMessage answer(PileNo pile, YkcMessage message) {
        if (message instanceof LoginRequest login) {
            if (!answerLogins) {
                return null;
            }
            boolean ok = acceptLogin.test(login);
            if (ok) {
                loginsAccepted.incrementAndGet();
            }
            return new LoginResponse(login.pileNo(), ok);
        }
        if (message instanceof Heartbeat heartbeat) {
            return answerHeartbeats ? HeartbeatResponse.to(heartbeat) : null;
        }
        BiFunction<PileNo, YkcMessage, YkcMessage> rule;
        synchronized (answers) {
            rule = answers.get(message.frameType());
        }
        return rule == null ? null : rule.apply(pile, message);
    }

    /** Accepts logins for which {@code rule} holds and refuses (0x02 result 0x01, then close) the others. */
    public YkcTestServer acceptLogins(Predicate<LoginRequest> rule) {
        acceptLogin = rule;
        return this;
    }

    /** Whether logins get a 0x02 at all. */
    public YkcTestServer answerLogins(boolean on) {
        answerLogins = on;
        return this;
    }

    /** Whether heartbeats get a 0x04. */
    public YkcTestServer answerHeartbeats(boolean on) {
        answerHeartbeats = on;
        return this;
    }

    /** Whether heartbeats are kept in {@link #received()} (off for large fleets). */
    public YkcTestServer recordHeartbeats(boolean on) {
        recordHeartbeats = on;
        return this;
    }

    /** Answers every request of {@code type} with what {@code rule} returns (null: no answer). */
    public YkcTestServer autoAnswer(FrameType type, BiFunction<PileNo, YkcMessage, YkcMessage> rule) {
        synchronized (answers) {
            if (rule == null) {
                answers.remove(type);
            } else {
                answers.put(type, rule);
            }
        }
        return this;
    }

    /** Every frame decoded so far. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The messages of {@code type} from {@code pile}, in arrival order. */
    @SuppressWarnings("unchecked")
    public <M extends YkcMessage> List<M> received(PileNo pile, FrameType type) {
        List<M> list = new ArrayList<>();
        for (Received r : received) {
            if (r.message().frameType() == type && pile.equals(r.pile())) {
                list.add((M) r.message());
            }
        }
        return list;
    }

    /** The frames of {@code type} from {@code pile} with their sequence and arrival time, in arrival order. */
    public List<Received> frames(PileNo pile, FrameType type) {
        List<Received> list = new ArrayList<>();
        for (Received r : received) {
            if (r.message().frameType() == type && pile.equals(r.pile())) {
                list.add(r);
            }
        }
        return list;
    }

    /** Frames of {@code type} from {@code pile} received so far. */
    public int count(PileNo pile, FrameType type) {
        return received(pile, type).size();
    }

    /** Everything the decoders rejected. */
    public List<FrameRejection> rejections() {
        return new ArrayList<>(rejections);
    }

    /** When each connection was accepted ({@link System#nanoTime()}). */
    public List<Long> connectTimes() {
        return new ArrayList<>(connectTimes);
    }

    /** Connections accepted per remote (source) address. */
    public Map<String, Integer> connectsByHost() {
        Map<String, Integer> map = new java.util.TreeMap<>();
        connectsByHost.forEach((host, n) -> map.put(host, n.get()));
        return map;
    }

    /** Accepted logins. */
    public int loginsAccepted() {
        return loginsAccepted.get();
    }

    /** Open connections. */
    public int openConnections() {
        return connections.size();
    }

    /** The connection of {@code pile}, or null. */
    public Connection connection(PileNo pile) {
        return byPile.get(pile);
    }

    /** Sends a command to {@code pile} with the server's own sequence counter; returns the sequence used. */
    public int send(PileNo pile, YkcMessage message) {
        Connection c = byPile.get(pile);
        if (c == null) {
            throw new IllegalStateException("pile " + pile + " is not connected");
        }
        return c.send(message);
    }

    /** Whether every 0x3B is answered with a 0x40 (accepted). */
    public YkcTestServer confirmRecords(boolean on) {
        return autoAnswer(FrameType.TRANSACTION_RECORD, on ? (pile, m) -> TransactionConfirm.acceptedFor((TransactionRecord) m) : null);
    }

    /**
     * Serves {@code model} as the platform's tariff: 0x05 is answered SAME when the pile reports its
     * number, DIFFERENT otherwise, and 0x09 with 0x0A carrying the model.
     */
    public YkcTestServer serveBillingModel(BillingModel model) {
        autoAnswer(FrameType.BILLING_MODEL_CHECK, (pile, m) -> {
            BillingModelCheck check = (BillingModelCheck) m;
            return new BillingModelCheckResponse(check.pileNo(), model.billingModelNo(),
                    check.billingModelNo().equals(model.billingModelNo()) ? BillingModelCheckResult.SAME
                            : BillingModelCheckResult.DIFFERENT);
        });
        return autoAnswer(FrameType.BILLING_MODEL_REQUEST, (pile, m) -> new BillingModelResponse(
                new BillingModel(pile, model.billingModelNo(), model.tierPrices(), model.lossRatioPercent(), model.slotTiers())));
    }

    /** Closes the connection of {@code pile}. */
    public void disconnect(PileNo pile) {
        Connection c = byPile.get(pile);
        if (c != null) {
            c.socket.close();
        }
    }

    /** Forgets everything received and rejected so far. */
    public void clear() {
        received.clear();
        rejections.clear();
        connectTimes.clear();
    }

    /** Closes the server and every connection. */
    public Future<Void> close() {
        List<Future<Void>> closing = new ArrayList<>();
        connections.forEach(c -> closing.add(c.socket.close()));
        return Future.join(closing).transform(ar -> server == null ? Future.succeededFuture() : server.close());
    }
}
