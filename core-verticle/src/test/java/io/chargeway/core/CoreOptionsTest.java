package io.chargeway.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.redis.RedisOptions;
import io.vertx.core.json.JsonObject;

class CoreOptionsTest {

    @Test
    void anEmptyConfigurationGivesTheDocumentedDefaults() {
        CoreOptions options = CoreOptions.fromJson(new JsonObject());

        assertThat(options.database()).isEqualTo(new DatabaseOptions("127.0.0.1", 3306, "chargeway", "root", "", 8));
        assertThat(options.redis()).isEqualTo(new RedisOptions("redis://127.0.0.1:6379", 8));
        assertThat(options.seedDemo()).isFalse();
        assertThat(options.demoPiles()).isEqualTo(10);
        assertThat(options.commandTimeoutSeconds()).isEqualTo(15);
        assertThat(options.drainSeconds()).isEqualTo(10);
    }

    @Test
    void everyKeyOfTheMergedConfigurationIsRead() {
        JsonObject config = new JsonObject()
                .put("database", new JsonObject().put("host", "db.internal").put("port", 3307).put("database", "cw_prod")
                        .put("user", "core").put("password", "s3cret").put("poolSize", 20))
                .put("redis", new JsonObject().put("connectionString", "redis://cache:6380/1").put("maxPoolSize", 4))
                .put("core", new JsonObject().put("seedDemo", true).put("demoPiles", 50_000).put("commandTimeoutSeconds", 30)
                        .put("drainSeconds", 3))
                .put("edge", new JsonObject().put("port", 8767));

        CoreOptions options = CoreOptions.fromJson(config);

        assertThat(options.database()).isEqualTo(new DatabaseOptions("db.internal", 3307, "cw_prod", "core", "s3cret", 20));
        assertThat(options.database().jdbcUrl()).isEqualTo("jdbc:mariadb://db.internal:3307/cw_prod");
        assertThat(options.redis()).isEqualTo(new RedisOptions("redis://cache:6380/1", 4));
        assertThat(options.seedDemo()).isTrue();
        assertThat(options.demoPiles()).isEqualTo(50_000);
        assertThat(options.commandTimeoutSeconds()).isEqualTo(30);
        assertThat(options.drainSeconds()).isEqualTo(3);
    }

    @Test
    void numbersAndBooleansMayComeAsTextFromEnvironmentOverrides() {
        JsonObject config = new JsonObject()
                .put("database", new JsonObject().put("port", "3308"))
                .put("core", new JsonObject().put("seedDemo", "TRUE"));

        CoreOptions options = CoreOptions.fromJson(config);

        assertThat(options.database().port()).isEqualTo(3308);
        assertThat(options.seedDemo()).isTrue();
    }

    @Test
    void aPortThatIsNotANumberNamesTheKey() {
        JsonObject config = new JsonObject().put("database", new JsonObject().put("port", "three"));

        assertThatThrownBy(() -> CoreOptions.fromJson(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid configuration: database.port must be an integer (got three)");
    }

    @Test
    void aValueOutOfRangeNamesTheKeyAndTheRange() {
        JsonObject config = new JsonObject().put("core", new JsonObject().put("commandTimeoutSeconds", 0));

        assertThatThrownBy(() -> CoreOptions.fromJson(config))
                .hasMessage("invalid configuration: core.commandTimeoutSeconds must be 1..600 (got 0)");
    }

    @Test
    void aDemoPileCountAboveTheSeedsLimitIsRefused() {
        JsonObject config = new JsonObject().put("core", new JsonObject().put("demoPiles", 100_001));

        assertThatThrownBy(() -> CoreOptions.fromJson(config))
                .hasMessage("invalid configuration: core.demoPiles must be 1..100000 (got 100001)");
    }

    @Test
    void aFractionalPoolSizeIsRefused() {
        JsonObject config = new JsonObject().put("database", new JsonObject().put("poolSize", 2.5));

        assertThatThrownBy(() -> CoreOptions.fromJson(config)).hasMessageContaining("database.poolSize must be an integer");
    }

    @Test
    void aRedisConnectionStringWithoutASchemeIsRefused() {
        JsonObject config = new JsonObject().put("redis", new JsonObject().put("connectionString", "127.0.0.1:6379"));

        assertThatThrownBy(() -> CoreOptions.fromJson(config))
                .hasMessageContaining("redis.connectionString must start with redis://");
    }

    @Test
    void aSectionThatIsNotAnObjectIsRefused() {
        JsonObject config = new JsonObject().put("database", "jdbc:mariadb://localhost/chargeway");

        assertThatThrownBy(() -> CoreOptions.fromJson(config)).hasMessageStartingWith("invalid configuration: database must be a JSON object");
    }

    @Test
    void aSchemaNameThatIsNotAnIdentifierIsRefused() {
        JsonObject config = new JsonObject().put("database", new JsonObject().put("database", "chargeway; DROP"));

        assertThatThrownBy(() -> CoreOptions.fromJson(config)).hasMessageContaining("database.database must be 1..64 letters");
    }

    @Test
    void aBlankHostIsRefused() {
        JsonObject config = new JsonObject().put("database", new JsonObject().put("host", " "));

        assertThatThrownBy(() -> CoreOptions.fromJson(config)).hasMessageContaining("database.host must not be empty");
    }

    @Test
    void secretsStayOutOfToString() {
        CoreOptions options = CoreOptions.fromJson(new JsonObject()
                .put("database", new JsonObject().put("password", "s3cret"))
                .put("redis", new JsonObject().put("connectionString", "redis://:pa55@cache:6379")));

        assertThat(options.toString()).doesNotContain("s3cret").doesNotContain("pa55").contains("cache:6379");
    }
}
