package io.chargeway.launcher;

import io.chargeway.launcher.tool.ReconcileCommand;
import io.chargeway.launcher.tool.YkcCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point: {@code chargeway run} starts a role (or all of them), {@code chargeway ykc}
 * is the field tool for pile logs, {@code chargeway reconcile} checks the wallet ledger.
 */
@Command(name = "chargeway", mixinStandardHelpOptions = true, version = "Chargeway 0.1.0",
        description = "EV-charging operator platform: YKC V1.6 piles, orders, wallets.",
        subcommands = {RunCommand.class, YkcCommand.class, ReconcileCommand.class})
public final class Main {

    private Main() {
    }

    /** The command line with every subcommand, case-insensitive options and enum values. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Runs the command line and exits with its code (a running platform keeps the JVM alive). */
    public static void main(String[] args) {
        int code = commandLine().execute(args.length == 0 ? new String[] {"run"} : args);
        if (code != 0 || !RunCommand.isRunning()) {
            System.exit(code);
        }
    }
}
