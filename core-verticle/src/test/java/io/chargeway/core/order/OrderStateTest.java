package io.chargeway.core.order;

import static io.chargeway.core.order.OrderState.ABNORMAL;
import static io.chargeway.core.order.OrderState.AWAITING_RECORD;
import static io.chargeway.core.order.OrderState.CHARGING;
import static io.chargeway.core.order.OrderState.FAILED;
import static io.chargeway.core.order.OrderState.SETTLED;
import static io.chargeway.core.order.OrderState.STARTING;
import static io.chargeway.core.order.OrderState.STOPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class OrderStateTest {

    @Test
    void followsTheNormalLifeOfARemoteStartedSession() {
        assertThat(STARTING.canMoveTo(CHARGING)).isTrue();
        assertThat(CHARGING.canMoveTo(STOPPING)).isTrue();
        assertThat(STOPPING.canMoveTo(AWAITING_RECORD)).isTrue();
        assertThat(AWAITING_RECORD.canMoveTo(SETTLED)).isTrue();
    }

    @Test
    void aRecordSettlesEveryStateButSettled() {
        for (OrderState s : OrderState.values()) {
            assertThat(s.canMoveTo(SETTLED)).as(s.name()).isEqualTo(s != SETTLED);
        }
    }

    @Test
    void settledIsTerminal() {
        for (OrderState s : OrderState.values()) {
            assertThat(SETTLED.canMoveTo(s)).isFalse();
        }
    }

    @Test
    void onlyAStartThatNeverChargedCanFail() {
        assertThat(OrderState.sourcesOf(FAILED)).containsExactly(STARTING);
    }

    @Test
    void ordersThatStoppedWithoutARecordBecomeAbnormal() {
        assertThat(OrderState.sourcesOf(ABNORMAL)).containsExactlyInAnyOrder(CHARGING, STOPPING, AWAITING_RECORD);
    }

    @Test
    void neverGoesBackwards() {
        assertThat(CHARGING.canMoveTo(STARTING)).isFalse();
        assertThat(STOPPING.canMoveTo(CHARGING)).isFalse();
        assertThat(ABNORMAL.canMoveTo(CHARGING)).isFalse();
        assertThat(FAILED.canMoveTo(CHARGING)).isFalse();
    }

    @Test
    void onlyRunningOrdersHoldTheirGun() {
        EnumSet<OrderState> holding = EnumSet.noneOf(OrderState.class);
        for (OrderState s : OrderState.values()) {
            if (s.holdsGun()) {
                holding.add(s);
            }
        }
        assertThat(holding).containsExactlyInAnyOrder(STARTING, CHARGING, STOPPING);
    }
}
