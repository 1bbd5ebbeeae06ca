package io.chargeway.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    @Test
    void aClientGetsItsAttemptsPerMinuteAndAgainInTheNextMinute() {
        AtomicLong now = new AtomicLong(1_000_000);
        AttemptLimiter limiter = new AttemptLimiter(3, now::get);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
        now.addAndGet(60_000);
        assertThat(limiter.tryAcquire("a")).isTrue();
    }
}
