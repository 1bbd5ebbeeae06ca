package io.chargeway.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used so far on this Linux machine, read from {@code /proc}: the whole machine (busy, time
 * a virtual machine's host took for others, and total), this JVM, and the embedded MariaDB and
 * Redis servers. Two samples taken around a
 * measured phase tell how busy the machine was and how many milliseconds of CPU each settled
 * record cost, per process: a steadier figure than the rate, which swings with the scheduler.
 * Empty (and printed as unavailable) where {@code /proc} is missing.
 *
 * @param ticks clock ticks (1/100 s) by name: machine, idle, steal, jvm, mariadbd, redis-server
 */
record CpuSample(Map<String, Long> ticks) {

    private static final double MILLIS_PER_TICK = 10.0;

    /** Reads the counters now. */
    static CpuSample now() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                total += Long.parseLong(cpu[i]);
            }
            ticks.put("machine", total);
            ticks.put("idle", Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]));
            ticks.put("steal", cpu.length > 8 ? Long.parseLong(cpu[8]) : 0L);
            ticks.put("jvm", processTicks(Path.of("/proc", Long.toString(ProcessHandle.current().pid()))));
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                    String name = comm(p);
                    if (name.equals("mariadbd") || name.startsWith("redis-server")) {
                        name = name.startsWith("redis") ? "redis-server" : name;
                        ticks.merge(name, processTicks(p), Long::sum);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            ticks.clear();
        }
        return new CpuSample(ticks);
    }

    /** One line on the machine's load between {@code before} and this sample, per settled record. */
    String since(CpuSample before, long settled) {
        if (ticks.isEmpty() || before.ticks.isEmpty() || settled <= 0) {
            return "CPU while measured: not available (no /proc)";
        }
        long total = delta(before, "machine");
        long steal = delta(before, "steal");
        long busy = total - delta(before, "idle") - steal;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "CPU while measured: machine %d %% busy, %d %% taken by the"
                + " host (steal); %.2f ms CPU per settled record (", total == 0 ? 0 : Math.round(100.0 * busy / total),
                total == 0 ? 0 : Math.round(100.0 * steal / total), busy * MILLIS_PER_TICK / settled));
        String sep = "";
        for (String name : new String[] {"jvm", "mariadbd", "redis-server"}) {
            s.append(sep).append(String.format(Locale.ROOT, "%s %.2f", name, delta(before, name) * MILLIS_PER_TICK / settled));
            sep = ", ";
        }
        return s.append(')').toString();
    }

    private long delta(CpuSample before, String name) {
        return ticks.getOrDefault(name, 0L) - before.ticks.getOrDefault(name, 0L);
    }

    private static long processTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // fields after the command name, which may contain spaces, start after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
