package io.chargeway.web.bench;

import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.WebVerticle;
import io.chargeway.web.it.AllRoleStack;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;

/**
 * The web benchmark behind {@code scripts/bench-web.sh}: the {@code all} role on embedded MariaDB
 * and Redis with 1,000 stations and 5,000 guns, then (1) closed-loop load on stations nearby and
 * (2) 5,000 WebSocket drivers receiving order progress. Prints throughput and latency
 * percentiles; asserts nothing (it is a measurement, not a test).
 *
 * <p>Arguments (all optional): {@code stations=1000 gunsPerStation=5 connections=50 seconds=30
 * warmup=10 clients=5000 rounds=10}.
 */
public final class WebBench {

    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        JsonObject opt = new JsonObject();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opt.put(kv[0], Integer.parseInt(kv[1]));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        AllRoleStack stack = AllRoleStack.start("bench", new JsonObject().put("port", port));
        stack.vertx.deployVerticle(WebVerticle.class, new DeploymentOptions().setConfig(stack.config).setInstances(1))
                .await(30, TimeUnit.SECONDS);
        long tenant = stack.demoTenantId();
        int stations = opt.getInteger("stations", 1000);
        int guns = opt.getInteger("gunsPerStation", 5);
        BenchSeed.seed(stack.pool, tenant, stations, guns);
        stack.vertx.eventBus().publish(WebAddresses.FEED_REGISTRY_CHANGED, new JsonObject().put("tenantId", tenant));
        String driver = stack.driverToken(1, tenant);
        waitForIndex(stack, driver, stations);
        System.out.printf("machine: %d cores, %d MB max heap; seeded %d stations x %d guns%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, stations, guns);
        Vertx load = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try {
            nearby(load, port, driver, opt);
            live(stack, load, port, tenant, opt);
        } finally {
            load.close().await(30, TimeUnit.SECONDS);
            stack.close();
        }
        System.exit(0);
    }

    private static void waitForIndex(AllRoleStack stack, String driver, int stations) {
        for (int i = 0; i < 300; i++) {
            JsonObject r = stack.call(HttpMethod.GET, "/api/v1/stations/nearby?latitude=32.06&longitude=118.80&radiusMeters=100000&limit=100",
                    driver, null).bodyAsJsonObject();
            if (r.getJsonArray("items").size() >= Math.min(100, stations)) {
                return;
            }
            AllRoleStack.sleep(100);
        }
        throw new IllegalStateException("station index did not load the bench stations");
    }

    private static void nearby(Vertx load, int port, String driver, JsonObject opt) throws InterruptedException {
        int connections = opt.getInteger("connections", 50);
        int seconds = opt.getInteger("seconds", 30);
        NearbyLoad nearby = new NearbyLoad(load, port, driver);
        nearby.run(connections, opt.getInteger("warmup", 10), new Recorder(3));
        Recorder recorder = new Recorder(3);
        long[] counts = nearby.run(connections, seconds, recorder);
        Histogram h = recorder.getIntervalHistogram();
        System.out.printf("stations nearby: %d connections, %d s: %.0f requests/s, %d errors; latency %s%n", connections, seconds,
                counts[0] / (double) seconds, counts[1], LatencyReport.of(h));
    }

    private static void live(AllRoleStack stack, Vertx load, int port, long tenant, JsonObject opt) throws Exception {
        int clients = opt.getInteger("clients", 5000);
        int rounds = opt.getInteger("rounds", 10);
        LiveLoad live = new LiveLoad(stack.vertx, load, port, tenant, member -> stack.driverToken(member, tenant));
        Recorder recorder = new Recorder(3);
        AtomicLong received = new AtomicLong();
        long t0 = System.nanoTime();
        List<WebSocket> sockets = live.connect(clients, recorder, received);
        System.out.printf("live: %d WebSocket drivers connected in %.1f s%n", sockets.size(), (System.nanoTime() - t0) / 1e9);
        AllRoleStack.sleep(3000);
        long published = live.publish(clients, rounds);
        for (int i = 0; i < 100 && received.get() < published; i++) {
            AllRoleStack.sleep(100);
        }
        Histogram h = recorder.getIntervalHistogram();
        System.out.printf("live progress delivery: %d published (%d/s), %d received; delay %s%n", published, clients, received.get(),
                LatencyReport.of(h));
        sockets.forEach(WebSocket::close);
    }
}
