package io.chargeway.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Column values are UTC wall-clock time cut to the millisecond, and read back as the same instant. */
class UtcDateTimesTest {

    @Property(tries = 3000)
    void aColumnIsTheUtcTimeCutToTheMillisecond(@ForAll @LongRange(min = -5_000_000_000L, max = 250_000_000_000L) long second,
                                                @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
        Instant instant = Instant.ofEpochSecond(second, nano);

        LocalDateTime column = UtcDateTimes.toColumn(instant);

        assertThat(column).isEqualTo(LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        assertThat(UtcDateTimes.fromColumn(column)).isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
