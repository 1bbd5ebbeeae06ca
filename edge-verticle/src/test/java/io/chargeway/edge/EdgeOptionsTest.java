package io.chargeway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class EdgeOptionsTest {

    @Test
    void emptyConfigGivesTheDocumentedDefaults() {
        EdgeOptions o = EdgeOptions.fromJson(new JsonObject());

        assertThat(o.redisConnectionString()).isEqualTo("redis://localhost:6379");
        assertThat(o.nodeId()).matches("edge-[0-9a-f]{8}");
        assertThat(o.host()).isEqualTo("0.0.0.0");
        assertThat(o.port()).isEqualTo(8767);
        assertThat(o.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(35));
        assertThat(o.loginTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.lease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.commandTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.maxFrameLength()).isEqualTo(250);
        assertThat(o.badFrameLimit()).isEqualTo(20);
        assertThat(o.badFrameWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.clockSyncInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(o.httpHost()).isEqualTo("0.0.0.0");
        assertThat(o.httpPort()).isEqualTo(8081);
    }

    @Test
    void nullConfigIsTheSameAsEmpty() {
        assertThat(EdgeOptions.fromJson(null).port()).isEqualTo(8767);
    }

    @Test
    void everyKeyIsRead() {
        JsonObject config = new JsonObject()
                .put("redis", new JsonObject().put("connectionString", "redis://cache:6380/2"))
                .put("edge", new JsonObject().put("nodeId", "site-7").put("host", "127.0.0.1").put("port", 0)
                        .put("heartbeatTimeoutSeconds", 3).put("loginTimeoutSeconds", 4).put("leaseSeconds", 9)
                        .put("commandTimeoutSeconds", 2).put("maxFrameLength", 200).put("badFrameLimit", 5)
                        .put("badFrameWindowSeconds", 10).put("clockSyncHours", 0)
                        .put("http", new JsonObject().put("host", "127.0.0.2").put("port", 0)));

        EdgeOptions o = EdgeOptions.fromJson(config);

        assertThat(o).isEqualTo(new EdgeOptions("redis://cache:6380/2", "site-7", "127.0.0.1", 0, Duration.ofSeconds(3),
                Duration.ofSeconds(4), Duration.ofSeconds(9), Duration.ofSeconds(2), 200, 5, Duration.ofSeconds(10),
                Duration.ZERO, "127.0.0.2", 0));
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("port", 70000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge.port");
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("maxFrameLength", 300)))
                .hasMessageContaining("edge.maxFrameLength");
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("heartbeatTimeoutSeconds", 0)))
                .hasMessageContaining("edge.heartbeatTimeoutSeconds");
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("leaseSeconds", 2)))
                .hasMessageContaining("edge.leaseSeconds");
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("badFrameLimit", 0)))
                .hasMessageContaining("edge.badFrameLimit");
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("nodeId", "has space")))
                .hasMessageContaining("edge.nodeId");
    }

    @Test
    void wrongTypesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("port", "8767")))
                .hasMessageContaining("edge.port must be an integer");
        assertThatThrownBy(() -> EdgeOptions.fromJson(edge("loginTimeoutSeconds", 1.5)))
                .hasMessageContaining("edge.loginTimeoutSeconds must be an integer");
        assertThatThrownBy(() -> EdgeOptions.fromJson(new JsonObject().put("edge", "x")))
                .hasMessageContaining("edge must be a JSON object");
        assertThatThrownBy(() -> EdgeOptions.fromJson(new JsonObject().put("redis", new JsonObject().put("connectionString", "x"))))
                .hasMessageContaining("redis.connectionString");
    }

    @Test
    void sweepRunsAtAQuarterOfTheShortestTimeoutWithinBounds() {
        assertThat(EdgeOptions.fromJson(new JsonObject()).sweepPeriod()).isEqualTo(Duration.ofSeconds(5));
        assertThat(EdgeOptions.fromJson(edge("heartbeatTimeoutSeconds", 2)).sweepPeriod()).isEqualTo(Duration.ofMillis(500));
        assertThat(EdgeOptions.fromJson(edge("loginTimeoutSeconds", 1)).sweepPeriod()).isEqualTo(Duration.ofMillis(250));
        assertThat(EdgeOptions.fromJson(new JsonObject()).leaseRenewPeriod()).isEqualTo(Duration.ofSeconds(20));
    }

    private static JsonObject edge(String key, Object value) {
        return new JsonObject().put("edge", new JsonObject().put(key, value));
    }
}
