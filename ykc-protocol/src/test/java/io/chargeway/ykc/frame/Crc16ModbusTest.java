package io.chargeway.ykc.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.testing.HexFixture;

class Crc16ModbusTest {

    @Test
    void checkValueOfTheCatalogueIs0x4B37() {
        byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16Modbus.compute(data, 0, data.length)).isEqualTo(0x4B37);
    }

    /** Reference 1.2: the real login response {@code 68 0C 00 00 00 02 03 61 00 20 01 10 13 00 C1 7F}. */
    @Test
    void realLoginResponseCarriesCrc0x7FC1LowByteFirst() {
        byte[] frame = HexFixture.hex("68 0C 00 00 00 02 03 61 00 20 01 10 13 00 C1 7F");
        assertThat(Crc16Modbus.compute(frame, 2, 12)).isEqualTo(0x7FC1);
    }
}
