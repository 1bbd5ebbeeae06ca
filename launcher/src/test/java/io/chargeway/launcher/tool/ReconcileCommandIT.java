package io.chargeway.launcher.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.db.SchemaMigrations;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.chargeway.launcher.Main;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine;

/** {@code chargeway reconcile} against a real MariaDB: balanced, broken, and unreachable. */
class ReconcileCommandIT {

    private static JsonObject database;

    @TempDir
    Path confDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void migrate() {
        JsonObject config = SharedTestInfrastructure.configWithNewDatabase("reconcile");
        database = config.getJsonObject("database");
        new SchemaMigrations(DatabaseOptions.fromJson(config)).migrate();
    }

    private int run(JsonObject databaseSection, String... extra) throws Exception {
        Files.writeString(confDir.resolve("application.json"), new JsonObject().put("database", databaseSection).encode());
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = new String[2 + extra.length];
        args[0] = "reconcile";
        args[1] = "--conf=" + confDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return cli.execute(args);
    }

    @Test
    void aSoundLedgerIsBalancedAndExitsZeroThenABrokenBalanceIsNamedAndExitsOne() throws Exception {
        assertThat(run(database)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("sum of all entries 0 fen").contains("BALANCED").doesNotContain("NOT BALANCED");

        long accountId = insertAccountWithoutEntries(1_234);
        out.getBuffer().setLength(0);

        assertThat(run(database)).isEqualTo(1);
        assertThat(out.toString())
                .contains("balance differs from its entries: account " + accountId)
                .contains("balance 1234 fen, entries 0 fen")
                .contains("NOT BALANCED");

        out.getBuffer().setLength(0);
        assertThat(run(database, "--json")).isEqualTo(1);
        JsonObject report = new JsonObject(out.toString());
        assertThat(report.getBoolean("balanced")).isFalse();
        assertThat(report.getJsonArray("accountMismatches").getJsonObject(0).getLong("accountId")).isEqualTo(accountId);
    }

    @Test
    void withoutADatabaseHostAndNoRunningPlatformItSaysWhatToDoAndExitsTwo() throws Exception {
        JsonObject embeddedOnly = new JsonObject().put("embeddedPort", closedPort()).put("database", "chargeway")
                .put("user", "root").put("password", "");

        assertThat(run(embeddedOnly)).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read the ledger").contains("start the platform");
    }

    private static long insertAccountWithoutEntries(long balanceFen) throws Exception {
        String url = "jdbc:mariadb://" + database.getString("host") + ":" + database.getInteger("port") + "/"
                + database.getString("database");
        try (Connection c = DriverManager.getConnection(url, database.getString("user"), database.getString("password"));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ledger_accounts (tenant_id, account_type, owner_id, balance_fen, created_at, updated_at)"
                    + " VALUES (1, 'MEMBER_CASH', 987654, " + balanceFen + ", NOW(3), NOW(3))", Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
