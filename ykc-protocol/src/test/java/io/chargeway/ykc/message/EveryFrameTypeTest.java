package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

/**
 * Every frame type of the reference has a codec, a commented fixture under
 * {@code src/test/resources/frames/0xNN-*.hex}, and round-trips both ways through it.
 */
class EveryFrameTypeTest {

    @Test
    void everyFrameTypeHasACodec() {
        assertThat(MessageCodecs.missing()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FrameType.class)
    void everyFrameTypeHasAFixtureThatRoundTrips(FrameType type) throws Exception {
        List<Path> fixtures = fixturesOf(type);
        assertThat(fixtures).as("fixtures for %s %s", type.hex(), type).isNotEmpty();
        for (Path fixture : fixtures) {
            byte[] frame = HexFixture.load(fixture.getFileName().toString());
            YkcMessage message = RoundTrip.bytesToRecordAndBack(frame, YkcMessage.class);
            assertThat(message.frameType()).as(fixture.toString()).isEqualTo(type);
            RoundTrip.recordToBytesAndBack(message);
        }
    }

    private static List<Path> fixturesOf(FrameType type) throws IOException, URISyntaxException {
        Path dir = Path.of(EveryFrameTypeTest.class.getResource("/frames").toURI());
        String prefix = String.format("0x%02X-", type.code());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toUpperCase().startsWith(prefix.toUpperCase()))
                    .sorted().toList();
        }
    }
}
