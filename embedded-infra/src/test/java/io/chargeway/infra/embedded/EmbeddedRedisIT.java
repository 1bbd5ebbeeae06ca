package io.chargeway.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedRedisIT {

    @Test
    void dataWrittenBeforeAStopIsThereAfterAStartOnTheSameDirectory() throws Exception {
        Path dir = TestDirectories.fresh("redis-restart");

        EmbeddedRedis first = EmbeddedRedis.start(dir, 0);
        try {
            assertThat(RespProbe.command(first.port(), "SET", "cw:restart-check", "survives")).isEqualTo("+OK");
        } finally {
            first.stop();
        }

        EmbeddedRedis second = EmbeddedRedis.start(dir, 0);
        try {
            assertThat(RespProbe.command(second.port(), "GET", "cw:restart-check")).isEqualTo("survives");
            assertThat(second.dataDir().resolve("appendonly.aof")).exists();
        } finally {
            second.stop();
        }
    }

    @Test
    void connectionStringNamesTheLoopbackAddressAndPort() throws Exception {
        EmbeddedRedis redis = EmbeddedRedis.start(TestDirectories.fresh("redis-address"), 0);
        try {
            assertThat(redis.connectionString()).isEqualTo("redis://127.0.0.1:" + redis.port());
            assertThat(RespProbe.command(redis.port(), "PING")).isEqualTo("+PONG");
        } finally {
            redis.stop();
        }
    }

    @Test
    void aBusyPortIsAClearErrorBeforeAnyProcessStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedRedis.start(TestDirectories.fresh("redis-busy"), port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("embedded Redis cannot start: port " + port)
                    .hasMessageContaining("already in use");
        }
    }
}
