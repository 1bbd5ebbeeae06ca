package io.chargeway.system;

/**
 * The order benchmark's options.
 *
 * @param piles        simulated piles (the fleet layout: 6 of 10 DC with two guns, 4 AC with one)
 * @param seconds      length of the sustained phase's measurement
 * @param warmup       seconds of sessions before it (guns joining, the JIT compiling), not measured
 * @param rate         sessions started per second in the paced phase
 * @param pacedSeconds length of the paced phase
 * @param chargeMillis how long each session charges before it is stopped
 * @param liveMillis   how often a charging gun sends live data (0x13; the protocol says 15 s)
 * @param burstRounds  rounds of the record-burst phase (every gun started, then all stopped at the piles at once)
 * @param dir          where the embedded MariaDB and Redis keep their files
 */
record BenchArgs(int piles, int seconds, int warmup, int rate, int pacedSeconds, long chargeMillis, long liveMillis,
                 int burstRounds, String dir) {

    /**
     * Reads {@code --name value} pairs.
     *
     * @throws IllegalArgumentException naming an unknown option or a bad value
     */
    static BenchArgs parse(String[] argv) {
        int piles = 2000;
        int seconds = 60;
        int warmup = 40;
        int rate = 200;
        int paced = 20;
        long charge = 2000;
        long live = 1000;
        int bursts = 3;
        String dir = "target/bench-data";
        for (int i = 0; i + 1 < argv.length; i += 2) {
            String value = argv[i + 1];
            switch (argv[i]) {
                case "--piles" -> piles = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--paced-seconds" -> paced = Integer.parseInt(value);
                case "--charge-millis" -> charge = Long.parseLong(value);
                case "--live-millis" -> live = Long.parseLong(value);
                case "--bursts" -> bursts = Integer.parseInt(value);
                case "--dir" -> dir = value;
                default -> throw new IllegalArgumentException("unknown option " + argv[i]
                        + " (known: --piles --seconds --warmup --rate --paced-seconds --charge-millis --live-millis --bursts --dir)");
            }
        }
        if (piles < 1 || piles > 999 * 10 || seconds < 3 || warmup < 0 || rate < 1 || paced < 1 || charge < 0 || live < 100
                || bursts < 0) {
            throw new IllegalArgumentException("piles 1..9990, seconds >= 3, warmup >= 0, rate >= 1, paced seconds >= 1,"
                    + " charge millis >= 0, live millis >= 100, bursts >= 0");
        }
        return new BenchArgs(piles, seconds, warmup, rate, paced, charge, live, bursts, dir);
    }
}
