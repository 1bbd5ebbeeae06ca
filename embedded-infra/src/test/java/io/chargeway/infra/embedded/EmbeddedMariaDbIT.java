package io.chargeway.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    @Test
    void dataWrittenBeforeAStopIsThereAfterAStartOnTheSameDirectory() throws Exception {
        Path dir = TestDirectories.fresh("mariadb-restart");

        EmbeddedMariaDb first = EmbeddedMariaDb.start(dir, 0, "restart_check");
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, label VARCHAR(20)) ENGINE=InnoDB");
            s.execute("INSERT INTO kept VALUES (1, 'survives')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dir, 0, "restart_check");
        try {
            assertThat(second.dataDir()).isEqualTo(first.dataDir());
            assertThat(labelOfRowOne(second)).isEqualTo("survives");
        } finally {
            second.stop();
        }
    }

    @Test
    void aBusyPortIsAClearErrorBeforeAnyProcessStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedMariaDb.start(TestDirectories.fresh("mariadb-busy"), port, "busy"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("embedded MariaDB cannot start: port " + port)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void aDatabaseNameThatIsNotAnIdentifierIsRefused() {
        assertThatThrownBy(() -> EmbeddedMariaDb.start(Path.of("unused"), 0, "drop table; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database name");
    }

    private static String labelOfRowOne(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT label FROM kept WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
