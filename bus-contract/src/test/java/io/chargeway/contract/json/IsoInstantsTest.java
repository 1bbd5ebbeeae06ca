package io.chargeway.contract.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The direct instant text is the formatter's, both ways, and text it does not know is left to the formatter. */
class IsoInstantsTest {

    @Property(tries = 5000)
    void writesWhatTheFormatterWritesAndReadsItBack(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long second,
                                                    @ForAll @IntRange(min = 0, max = 3) int precision,
                                                    @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        int nano = switch (precision) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1000 * 1000;
            default -> nanos;
        };
        Instant instant = Instant.ofEpochSecond(second, nano);

        String text = IsoInstants.format(instant);

        assertThat(text).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        assertThat(IsoInstants.parse(text)).isEqualTo(instant);
    }

    @Property(tries = 5000)
    void readsAnyChangedTextAsTheFormatterDoesOrFailsAsItDoes(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long second,
                                                              @ForAll @IntRange(min = 0, max = 29) int position,
                                                              @ForAll @IntRange(min = 0x20, max = 0x7e) int replacement) {
        String text = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(second, 123_000_000));
        String changed = position < text.length() ? text.substring(0, position) + (char) replacement + text.substring(position + 1)
                : text;

        Instant expected;
        try {
            expected = Instant.from(DateTimeFormatter.ISO_INSTANT.parse(changed));
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> IsoInstants.parse(changed)).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(IsoInstants.parse(changed)).isEqualTo(expected);
    }

    @Example
    void readsTheOtherFormsTheFormatterAccepts() {
        assertThat(IsoInstants.parse("2026-11-23T08:00:00.1Z")).isEqualTo(Instant.parse("2026-11-23T08:00:00.100Z"));
        assertThat(IsoInstants.parse("2026-11-23t08:00:00z")).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(IsoInstants.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThatThrownBy(() -> IsoInstants.parse("2025-02-29T00:00:00Z")).isInstanceOf(DateTimeException.class);
    }
}
