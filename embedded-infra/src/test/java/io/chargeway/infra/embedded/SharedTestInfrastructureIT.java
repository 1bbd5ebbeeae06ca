package io.chargeway.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class SharedTestInfrastructureIT {

    @Test
    void everyCallSharesTheSameServers() {
        assertThat(SharedTestInfrastructure.get()).isSameAs(SharedTestInfrastructure.get());
    }

    @Test
    void configNamesTheDatabaseAndRedisTheVerticlesConnectTo() throws Exception {
        JsonObject config = SharedTestInfrastructure.config();
        SharedTestInfrastructure infra = SharedTestInfrastructure.get();

        JsonObject database = config.getJsonObject("database");
        assertThat(database.getString("host")).isEqualTo("127.0.0.1");
        assertThat(database.getInteger("port")).isEqualTo(infra.mariaDb().port());
        assertThat(database.getString("database")).isEqualTo("chargeway");
        assertThat(database.getString("user")).isEqualTo("root");
        assertThat(database.getString("password")).isEmpty();
        assertThat(config.getJsonObject("redis").getString("connectionString"))
                .isEqualTo("redis://127.0.0.1:" + infra.redis().port());
        assertThat(RespProbe.command(infra.redis().port(), "PING")).isEqualTo("+PONG");
    }

    @Test
    void aNewDatabaseIsEmptyAndNamedForThisTestOnly() throws Exception {
        JsonObject first = SharedTestInfrastructure.configWithNewDatabase("fresh");
        JsonObject second = SharedTestInfrastructure.configWithNewDatabase("fresh");

        String name = first.getJsonObject("database").getString("database");
        assertThat(name).startsWith("fresh_").isNotEqualTo(second.getJsonObject("database").getString("database"));
        String url = "jdbc:mariadb://127.0.0.1:" + SharedTestInfrastructure.get().mariaDb().port() + "/" + name;
        try (Connection c = DriverManager.getConnection(url, "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + name + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
