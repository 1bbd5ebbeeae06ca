package io.chargeway.launcher.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.ReconciliationReport;
import io.chargeway.contract.order.ReconciliationReport.AccountMismatch;
import io.chargeway.contract.order.ReconciliationReport.JournalMismatch;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.ledger.LedgerReconciliation;
import io.chargeway.launcher.config.ConfigLoader;
import io.chargeway.launcher.infra.EmbeddedServices;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chargeway reconcile}: checks the wallet ledger of a database (the configured one, or the
 * embedded one of a platform running from this checkout) and prints what does not add up. For
 * operators' nightly checks and for the moment after an incident.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Verify the wallet ledger: every balance equals its entries, every journal and the whole ledger sum to zero,",
            "no member balance is negative, every hold matches its orders.",
            "Exit 0 when the ledger is balanced, 1 when something is wrong (listed), 2 when the database cannot be read."})
public final class ReconcileCommand implements Callable<Integer> {

    private static final long TIMEOUT_SECONDS = 120;

    @Spec
    CommandSpec spec;

    @Option(names = "--conf", defaultValue = "conf", description = "configuration directory (default ${DEFAULT-VALUE})")
    Path confDir;

    @Option(names = "--json", description = "print the whole report as JSON instead of a summary")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Vertx vertx = Vertx.vertx();
        try {
            JsonObject config = ConfigLoader.load(vertx, confDir, "core").await(30, TimeUnit.SECONDS);
            DatabaseOptions database = DatabaseOptions.fromJson(withEmbeddedDefault(config));
            ReconciliationReport report;
            try {
                report = LedgerReconciliation.runOnce(vertx, database, Clock.systemUTC()).await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                err.println("cannot read the ledger at " + database + ": " + e.getMessage());
                err.println(config.getJsonObject("database", new JsonObject()).getString("host") == null
                        ? "No database.host is configured, so the embedded database of a running platform was tried: "
                                + "start the platform (scripts/run-all.sh) or set database.host."
                        : "Check that the database is running and that database.* in the configuration is right.");
                return 2;
            }
            print(out, report);
            return report.balanced() ? 0 : 1;
        } catch (Exception e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
            vertx.close();
        }
    }

    /** Without {@code database.host}, the embedded server of a platform run from this checkout. */
    static JsonObject withEmbeddedDefault(JsonObject config) {
        JsonObject database = config.getJsonObject(DatabaseOptions.SECTION, new JsonObject());
        if (database.getString("host") != null) {
            return config;
        }
        JsonObject embedded = database.copy().put("host", "127.0.0.1").put("port", EmbeddedServices.embeddedDatabasePort(database));
        embedded.remove("embeddedPort");
        return config.copy().put(DatabaseOptions.SECTION, embedded);
    }

    private void print(PrintWriter out, ReconciliationReport report) {
        if (json) {
            out.println(BusJson.toJson(report).encodePrettily());
            return;
        }
        out.printf("ledger checked at %s: %d accounts, %d entries, sum of all entries %d fen%n",
                report.checkedAt(), report.accounts(), report.entries(), report.ledgerSumFen());
        accounts(out, "balance differs from its entries", report.accountMismatches(), "entries");
        journals(out, report.unbalancedJournals());
        accounts(out, "negative balance", report.negativeBalances(), "entries");
        accounts(out, "hold differs from the holds of its orders", report.holdMismatches(), "orders' holds");
        out.println(report.balanced() ? "BALANCED" : "NOT BALANCED: the accounts and journals above need an operator's attention");
    }

    private static void accounts(PrintWriter out, String problem, List<AccountMismatch> rows, String compared) {
        for (AccountMismatch a : rows) {
            out.printf("  %s: account %d (tenant %d, %s, owner %d) balance %d fen, %s %d fen%n", problem, a.accountId(),
                    a.tenantId(), a.type(), a.ownerId(), a.balanceFen(), compared, a.entriesSumFen());
        }
    }

    private static void journals(PrintWriter out, List<JournalMismatch> rows) {
        for (JournalMismatch j : rows) {
            out.printf("  journal does not sum to zero: journal %d (%s, %s) sums to %d fen%n", j.journalId(), j.kind(),
                    j.reference(), j.sumFen());
        }
    }
}
