package io.chargeway.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.json.JsonObject;

/**
 * The packaged launcher as the README runs it: {@code java -jar launcher/target/chargeway.jar run
 * --role all --simulate 3} in its own JVM (only its configuration points at the test's MariaDB
 * and Redis, and at free ports). It must come up with every role, show the simulated piles
 * logged in on /metrics, serve the API document, and stop cleanly on SIGTERM. This catches what
 * in-process tests cannot: a dependency missing from the run classpath, a broken manifest.
 */
class PackagedRunIT {

    private Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void theRunCommandStartsEveryRoleWithSimulatedPilesAndStopsCleanly() throws Exception {
        JsonObject infra = SharedTestInfrastructure.configWithNewDatabase("packaged");
        JsonObject db = infra.getJsonObject("database");
        int edgePort = freePort();
        int metricsPort = freePort();
        int webPort = freePort();
        Path dataDir = Files.createTempDirectory("chargeway-run");
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Dlogback.configurationFile=../conf/logback.xml",
                "-jar", "target/chargeway.jar", "run", "--role", "all", "--conf", "../conf", "--simulate", "3")
                .redirectErrorStream(true);
        builder.environment().put("CHARGEWAY_DATABASE__HOST", db.getString("host"));
        builder.environment().put("CHARGEWAY_DATABASE__PORT", String.valueOf(db.getInteger("port")));
        builder.environment().put("CHARGEWAY_DATABASE__DATABASE", db.getString("database"));
        builder.environment().put("CHARGEWAY_REDIS__CONNECTION_STRING", infra.getJsonObject("redis").getString("connectionString"));
        builder.environment().put("CHARGEWAY_PLATFORM__DATA_DIR", dataDir.toString());
        builder.environment().put("CHARGEWAY_EDGE__PORT", String.valueOf(edgePort));
        builder.environment().put("CHARGEWAY_EDGE__HTTP__PORT", String.valueOf(metricsPort));
        builder.environment().put("CHARGEWAY_WEB__PORT", String.valueOf(webPort));
        process = builder.start();
        Thread reader = new Thread(this::collectOutput, "run-output");
        reader.setDaemon(true);
        reader.start();

        awaitOutput("Chargeway is running", 180);

        assertThat(String.join("\n", output)).contains("simulated piles        3 logged in")
                .contains("piles connect to       127.0.0.1:" + edgePort);
        String metrics = get("http://127.0.0.1:" + metricsPort + "/metrics");
        assertThat(metrics).contains("edge_piles_logged_in 3.0");
        assertThat(get("http://127.0.0.1:" + metricsPort + "/health")).contains("\"outcome\":\"UP\"");
        assertThat(get("http://127.0.0.1:" + webPort + "/api/openapi.yaml")).startsWith("openapi: 3");

        process.toHandle().destroy(); // SIGTERM without closing our end of its output (Process.destroy() would)
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        assertThat(String.join("\n", output)).contains("core stopped").doesNotContain("Exception in thread");
    }

    private void collectOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("[output closed: " + e.getMessage() + "]");
        }
    }

    private void awaitOutput(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            synchronized (output) {
                if (output.stream().anyMatch(l -> l.contains(text))) {
                    return;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' not printed within " + seconds + " s; output:\n" + String.join("\n", output));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
