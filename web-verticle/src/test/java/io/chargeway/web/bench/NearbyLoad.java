package io.chargeway.web.bench;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Closed-loop load on {@code GET /api/v1/stations/nearby} (like wrk): {@code connections}
 * keep-alive connections each send the next request when the previous answer arrived, at random
 * points around Nanjing; latencies go to an HdrHistogram recorder.
 */
final class NearbyLoad {

    private final Vertx vertx;
    private final int port;
    private final String token;

    NearbyLoad(Vertx vertx, int port, String token) {
        this.vertx = vertx;
        this.port = port;
        this.token = token;
    }

    /** Runs for {@code seconds}; answers {requests, errors} and fills {@code recorder}. */
    long[] run(int connections, int seconds, Recorder recorder) throws InterruptedException {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDefaultHost("127.0.0.1")
                .setDefaultPort(port), new PoolOptions().setHttp1MaxSize(connections));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            loop(client, new Random(c), deadline, recorder, ok, errors, done);
        }
        done.await(seconds + 30L, TimeUnit.SECONDS);
        client.close();
        return new long[] {ok.get(), errors.get()};
    }

    private void loop(HttpClient client, Random random, long deadline, Recorder recorder, AtomicLong ok, AtomicLong errors,
                      CountDownLatch done) {
        if (System.nanoTime() >= deadline) {
            done.countDown();
            return;
        }
        double lat = 32.06 + (random.nextDouble() - 0.5) * 0.2;
        double lng = 118.80 + (random.nextDouble() - 0.5) * 0.2;
        String uri = String.format("/api/v1/stations/nearby?latitude=%.5f&longitude=%.5f&radiusMeters=3000&limit=20", lat, lng);
        long start = System.nanoTime();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(uri).putHeader("Authorization", "Bearer " + token))
                .compose(req -> req.send().compose(resp -> resp.body().map(b -> resp.statusCode())))
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result() == 200) {
                        recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                    loop(client, random, deadline, recorder, ok, errors, done);
                });
    }
}
