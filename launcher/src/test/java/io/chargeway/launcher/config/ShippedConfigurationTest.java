package io.chargeway.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.hazelcast.config.Config;
import com.hazelcast.config.FileSystemXmlConfig;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/** The files in conf/ that every run reads must parse, with the values the README promises. */
class ShippedConfigurationTest {

    private static final Path CONF = Path.of("..", "conf");

    @Test
    void applicationJsonLoadsThroughVertxConfigWithTheDocumentedDefaults() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            JsonObject config = ConfigLoader.load(vertx, CONF, "all").toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);

            assertThat(config.getJsonObject("edge").getInteger("port")).isEqualTo(8767);
            assertThat(config.getJsonObject("web").getInteger("port")).isEqualTo(8080);
            assertThat(config.getJsonObject("database").containsKey("host"))
                    .as("no database.host, so the default run starts the embedded MariaDB").isFalse();
            assertThat(config.getJsonObject("redis").containsKey("connectionString")).isFalse();
        } finally {
            vertx.close();
        }
    }

    @Test
    void aMissingConfigurationDirectorySaysWhereItLooked() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Throwable failure = ConfigLoader.load(vertx, Path.of("no-such-dir"), "all").toCompletionStage()
                    .toCompletableFuture().handle((ok, err) -> err).get(30, TimeUnit.SECONDS);

            assertThat(failure).hasMessageContaining("no configuration at").hasMessageContaining("--conf");
        } finally {
            vertx.close();
        }
    }

    @Test
    void clusterXmlIsValidHazelcastConfigurationOnLoopback() throws Exception {
        Config config = new FileSystemXmlConfig(new File(CONF.toFile(), "cluster.xml"));

        assertThat(config.getClusterName()).isEqualTo("chargeway");
        assertThat(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isTrue();
    }
}
