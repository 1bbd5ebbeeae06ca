package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TradeSerialsTest {

    @Test
    void buildsPileGunBeijingTimeAndCounter() {
        // 2020-01-06 18:03:42 Beijing = 10:03:42 UTC
        String serial = TradeSerials.of("32010600019236", 1, Instant.parse("2020-01-06T10:03:42Z"), 3060);

        assertThat(serial).isEqualTo("32010600019236" + "01" + "200106180342" + "3060");
        assertThat(TradeSerials.isValid(serial)).isTrue();
    }

    @Test
    void keepsTheLastFourDigitsOfTheCounter() {
        assertThat(TradeSerials.of("32010600019236", 12, Instant.parse("2020-01-06T10:03:42Z"), 123_456))
                .endsWith("12" + "200106180342" + "3456");
    }

    @Test
    void refusesBadPileNumbersAndGuns() {
        Instant at = Instant.now();
        assertThatThrownBy(() -> TradeSerials.of("3201060001923", 1, at, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TradeSerials.of("32010600019236", 0, at, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TradeSerials.of("3201060001923x", 1, at, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TradeSerials.of("32010600019236", 100, at, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAllZeroSerialIsNotASession() {
        assertThat(TradeSerials.isValid("0".repeat(32))).isFalse();
        assertThat(TradeSerials.isValid("1".repeat(31))).isFalse();
        assertThat(TradeSerials.isValid("1".repeat(31) + "a")).isFalse();
        assertThat(TradeSerials.isValid("0".repeat(31) + "1")).isTrue();
        assertThat(TradeSerials.isValid(null)).isFalse();
    }
}
