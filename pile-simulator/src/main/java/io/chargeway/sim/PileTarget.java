package io.chargeway.sim;

/**
 * Where a pile connects to, and from which local address.
 *
 * @param host          the platform's host or IP
 * @param port          the platform's YKC port
 * @param sourceAddress the local IP to bind before connecting (e.g. {@code 127.0.0.2}, so that a
 *                      load test can open more connections than one source IP has ephemeral
 *                      ports), or {@code null} to let the system choose
 */
public record PileTarget(String host, int port, String sourceAddress) {

    /** Validates host and port. */
    public PileTarget {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("target host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("target port must be 1..65535, got " + port);
        }
    }

    /** A target reached from the default local address. */
    public static PileTarget of(String host, int port) {
        return new PileTarget(host, port, null);
    }

    /** The same target reached from {@code address}. */
    public PileTarget from(String address) {
        return new PileTarget(host, port, address);
    }
}
