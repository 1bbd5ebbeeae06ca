package io.chargeway.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class ConfigOverridesTest {

    private static final JsonObject BASE = new JsonObject()
            .put("database", new JsonObject().put("database", "chargeway").put("poolSize", 8))
            .put("edge", new JsonObject().put("port", 8767));

    @Test
    void environmentVariablesSetNestedKeysInCamelCase() {
        JsonObject config = ConfigOverrides.apply(BASE, Map.of(
                "CHARGEWAY_DATABASE__HOST", "db.internal",
                "CHARGEWAY_EDGE__HEARTBEAT_TIMEOUT_SECONDS", "40",
                "CHARGEWAY_CORE__SEED_DEMO", "false",
                "PATH", "/usr/bin"), new Properties());

        assertThat(config.getJsonObject("database").getString("host")).isEqualTo("db.internal");
        assertThat(config.getJsonObject("database").getInteger("poolSize")).isEqualTo(8);
        assertThat(config.getJsonObject("edge").getInteger("heartbeatTimeoutSeconds")).isEqualTo(40);
        assertThat(config.getJsonObject("core").getBoolean("seedDemo")).isFalse();
        assertThat(config.containsKey("path")).isFalse();
    }

    @Test
    void systemPropertiesWinOverEnvironmentVariables() {
        Properties props = new Properties();
        props.setProperty("chargeway.edge.port", "9000");
        props.setProperty("java.version", "17");

        JsonObject config = ConfigOverrides.apply(BASE, Map.of("CHARGEWAY_EDGE__PORT", "8800"), props);

        assertThat(config.getJsonObject("edge").getInteger("port")).isEqualTo(9000);
    }

    @Test
    void theBaseConfigurationIsNotModified() {
        ConfigOverrides.apply(BASE, Map.of("CHARGEWAY_EDGE__PORT", "1"), new Properties());

        assertThat(BASE.getJsonObject("edge").getInteger("port")).isEqualTo(8767);
    }
}
