package io.chargeway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonObject;

/**
 * The API docs as an operator opens them: Debian's chromium, headless, loads {@code /api/docs/}
 * from a running platform; Swagger UI (from its WebJar) fetches {@code /api/openapi.yaml} and
 * renders every operation. Needs {@code chromium} on the PATH ({@code apt-get install chromium};
 * {@code .ci/run} installs it).
 */
class ApiDocsBrowserIT {

    private static AllRoleStack stack;

    @TempDir
    Path profile;

    @BeforeAll
    static void start() {
        stack = AllRoleStack.start("web_docs", new JsonObject());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void swaggerUiRendersEveryOperationOfTheDocumentInARealBrowser() throws Exception {
        String dom = renderedDom("http://127.0.0.1:" + stack.port + "/api/docs");

        assertThat(dom).contains("Chargeway API");
        assertThat(dom).as("operations rendered from /api/openapi.yaml").contains("opblock");
        for (String path : List.of("/api/v1/stations/nearby", "/api/v1/orders", "/api/v1/auth/driver/sms-login",
                "/api/v1/admin/piles/{pileNo}/commands", "/api/v1/live/driver")) {
            assertThat(dom).as("operation %s is listed", path).contains("data-path=\"" + path + "\"");
        }
        assertThat(dom).as("the document was valid for Swagger UI").doesNotContain("Failed to load API definition");
    }

    /** The DOM after the page's scripts ran (chromium's virtual time lets them finish, then it prints the DOM). */
    private String renderedDom(String url) throws IOException, InterruptedException {
        Path out = profile.resolve("dom.html");
        Process chromium;
        try {
            chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=20000", "--dump-dom", url)
                    .redirectOutput(out.toFile())
                    .redirectError(profile.resolve("chromium.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError("this test needs Debian's chromium on the PATH: apt-get install chromium (.ci/run does)", e);
        }
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish rendering " + url + " within 90 s");
        }
        assertThat(chromium.exitValue()).as("chromium exit code; its log: %s",
                Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
