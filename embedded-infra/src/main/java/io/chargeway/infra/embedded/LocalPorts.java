package io.chargeway.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Loopback port checks for the embedded servers: pick a free port, or fail early and clearly
 * when a configured one is taken (instead of a server process dying with a log line nobody reads).
 */
final class LocalPorts {

    /** The only address the embedded servers listen on. */
    static final String LOOPBACK = "127.0.0.1";

    private LocalPorts() {
    }

    /** A port that was free on the loopback address a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port: " + e.getMessage(), e);
        }
    }

    /**
     * Resolves the port a server should use: {@code 0} picks a free one, anything else must be
     * a valid port that nothing holds.
     *
     * @throws IllegalArgumentException if the port is outside 0..65535
     * @throws IllegalStateException    naming the server and the port if the port is in use
     */
    static int resolve(int port, String server) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(server + " port must be 0 (any free port) or 1..65535: " + port);
        }
        if (port == 0) {
            return freePort();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return port;
        } catch (IOException e) {
            throw new IllegalStateException(server + " cannot start: port " + port + " on " + LOOPBACK
                    + " is already in use (" + e.getMessage() + "); stop what holds it or configure another port", e);
        }
    }
}
