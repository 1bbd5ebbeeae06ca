package io.chargeway.bench.edge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The last step of {@code scripts/bench-edge.sh}: merges the drivers' result files, adds the heap
 * figures the script read from the platform JVM, prints the summary block, and exits 0 only if
 * every pile stayed logged in.
 */
@Command(name = "edge-bench-report", mixinStandardHelpOptions = true,
        description = "Merges EdgeLoadDriver result files into the benchmark's summary.")
public final class EdgeBenchReport implements Callable<Integer> {

    @Parameters(paramLabel = "RESULT", arity = "1..*", description = "result JSON files of the drivers")
    List<Path> resultFiles = new ArrayList<>();

    @Option(names = "--heap-before-kb", defaultValue = "-1", description = "platform heap used after a full GC before the piles")
    long heapBeforeKb;

    @Option(names = "--heap-after-kb", defaultValue = "-1", description = "platform heap used after a full GC with every pile logged in")
    long heapAfterKb;

    @Option(names = "--live-before-kb", defaultValue = "-1", description = "live objects (class histogram) before the piles")
    long liveBeforeKb;

    @Option(names = "--live-after-kb", defaultValue = "-1", description = "live objects (class histogram) with every pile logged in")
    long liveAfterKb;

    /** Prints the summary and exits with 0 (pass) or 1 (fail). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EdgeBenchReport()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<DriverResult> results = new ArrayList<>();
        for (Path file : resultFiles) {
            results.add(DriverResult.read(file));
        }
        BenchSummary summary = BenchSummary.of(results);
        if (heapBeforeKb >= 0 && heapAfterKb >= 0) {
            summary.withHeap(heapBeforeKb, heapAfterKb);
        }
        if (liveBeforeKb >= 0 && liveAfterKb > 0) {
            summary.withLiveObjects(liveBeforeKb, liveAfterKb);
        }
        System.out.println(summary.render());
        return summary.passed() ? 0 : 1;
    }
}
