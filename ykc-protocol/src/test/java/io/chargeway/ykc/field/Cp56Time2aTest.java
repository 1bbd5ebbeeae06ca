package io.chargeway.ykc.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.testing.HexFixture;

class Cp56Time2aTest {

    /** Reference 2.3: {@code 98 B7 0E 11 10 03 14} is 2020-03-16 17:14:47.000. */
    @Test
    void decodesTheReferenceExample() {
        Cp56Time2a time = Cp56Time2a.read(ByteBuffer.wrap(HexFixture.hex("98 B7 0E 11 10 03 14")), 0);

        assertThat(time.toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 3, 16, 17, 14, 47));
        assertThat(time.toString()).isEqualTo("2020-03-16T17:14:47");
        assertThat(Cp56Time2a.parse(time.toString())).isEqualTo(time);
    }

    @Test
    void aDayOfWeekSurvivesJsonTextAsRawBytes() {
        Cp56Time2a withWeekday = Cp56Time2a.read(ByteBuffer.wrap(HexFixture.hex("98 B7 0E 11 30 03 14")), 0);

        assertThat(withWeekday.toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 3, 16, 17, 14, 47));
        assertThat(withWeekday.toString()).isEqualTo("raw:98B70E11300314");
        assertThat(Cp56Time2a.parse(withWeekday.toString())).isEqualTo(withWeekday);
    }

    @Test
    void anInvalidTimeIsCarriedNotRejected() {
        Cp56Time2a zero = Cp56Time2a.read(ByteBuffer.wrap(new byte[7]), 0);

        assertThat(zero.isValid()).isFalse();
        assertThat(zero.toString()).isEqualTo("raw:00000000000000");
        assertThat(Cp56Time2a.parse("raw:00000000000000")).isEqualTo(zero);
    }

    @Test
    void theInvalidFlagMakesATimeInvalid() {
        Cp56Time2a flagged = Cp56Time2a.read(ByteBuffer.wrap(HexFixture.hex("98 B7 8E 11 10 03 14")), 0);

        assertThat(flagged.isValid()).isFalse();
    }
}
