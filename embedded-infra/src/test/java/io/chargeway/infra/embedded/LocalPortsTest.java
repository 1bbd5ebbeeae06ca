package io.chargeway.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class LocalPortsTest {

    @Test
    void portZeroResolvesToAFreePort() throws Exception {
        int port = LocalPorts.resolve(0, "test server");

        assertThat(port).isBetween(1, 65_535);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aTakenPortIsRefusedNamingTheServerAndThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> LocalPorts.resolve(taken.getLocalPort(), "test server"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("test server cannot start: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .hasMessageEndingWith("stop what holds it or configure another port");
        }
    }

    @Test
    void aPortOutsideTheValidRangeIsRefused() {
        assertThatThrownBy(() -> LocalPorts.resolve(70_000, "test server"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 (any free port) or 1..65535: 70000");
    }
}
