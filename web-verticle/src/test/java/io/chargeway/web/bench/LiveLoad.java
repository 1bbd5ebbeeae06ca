package io.chargeway.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.HdrHistogram.Recorder;

import io.chargeway.contract.order.OrderAddresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * {@code clients} drivers connect to {@code /api/v1/live/driver}; then order progress events for
 * every one of them are published on the orders feed ({@code rounds} rounds, one event per driver
 * per round, spread evenly over a second). Each event carries its publish time; a client records the
 * delay from publish to arrival (same JVM, same clock).
 */
final class LiveLoad {

    private static final String MARK = "\"benchSentNanos\":";

    private final Vertx server;
    private final Vertx clients;
    private final int port;
    private final long tenantId;
    private final LongFunction<String> tokens;

    LiveLoad(Vertx server, Vertx clients, int port, long tenantId, LongFunction<String> tokens) {
        this.server = server;
        this.clients = clients;
        this.port = port;
        this.tenantId = tenantId;
        this.tokens = tokens;
    }

    /** Connects the clients; answers the sockets. */
    List<WebSocket> connect(int count, Recorder recorder, AtomicLong received) throws Exception {
        WebSocketClient client = clients.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(count + 10)
                .setConnectTimeout(60_000));
        List<WebSocket> sockets = new ArrayList<>();
        int batch = 250;
        for (int from = 1; from <= count; from += batch) {
            List<Future<WebSocket>> connecting = new ArrayList<>();
            for (long member = from; member < from + batch && member <= count; member++) {
                connecting.add(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                        .setURI("/api/v1/live/driver?access_token=" + tokens.apply(member))));
            }
            for (Future<WebSocket> f : connecting) {
                WebSocket ws = f.await(60, TimeUnit.SECONDS);
                ws.textMessageHandler(text -> onMessage(text, recorder, received));
                sockets.add(ws);
            }
        }
        return sockets;
    }

    private static void onMessage(String text, Recorder recorder, AtomicLong received) {
        int i = text.indexOf(MARK);
        if (i < 0) {
            return;
        }
        int end = i + MARK.length();
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        long sent = Long.parseLong(text.substring(i + MARK.length(), end));
        recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
        received.incrementAndGet();
    }

    /** Publishes {@code rounds} rounds of one progress event per driver, each round spread evenly over one second (50 slices). */
    long publish(int count, int rounds) throws InterruptedException {
        long published = 0;
        int slices = 50;
        int slice = (count + slices - 1) / slices;
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < slices; s++) {
                long t0 = System.nanoTime();
                int from = s * slice + 1;
                int to = Math.min(count, from + slice - 1);
                server.runOnContext(v -> {
                    for (long member = from; member <= to; member++) {
                        server.eventBus().publish(OrderAddresses.FEED_ORDERS, progress(member));
                    }
                });
                published += Math.max(0, to - from + 1);
                long sleep = 1000 / slices - (System.nanoTime() - t0) / 1_000_000;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
        }
        return published;
    }

    private JsonObject progress(long member) {
        return new JsonObject().put("type", "order.progress").put("version", 1).put("orderId", member).put("tenantId", tenantId)
                .put("memberId", member).put("pileNo", "32010600019001").put("gun", 1).put("energyDeciWh", 123_400)
                .put("amountFen", 1234).put("socPercent", 55).put("benchSentNanos", System.nanoTime());
    }
}
