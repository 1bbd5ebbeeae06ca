package io.chargeway.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.event.PileFaultChanged;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.event.PileOnline;
import io.chargeway.contract.json.BusJson;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class AlarmUpdateTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aFaultChangeNamesEveryFaultActiveNowOnItsGun() {
        AlarmUpdate u = AlarmUpdate.of(new PileFaultChanged("32010600019001", 1, 2, List.of("EMERGENCY_STOP", "OVER_TEMPERATURE"),
                List.of("OVER_TEMPERATURE"), List.of(), AT), Instant.EPOCH).orElseThrow();

        assertThat(u.gun()).isEqualTo(2);
        assertThat(u.kind()).isEqualTo(AlarmUpdate.FAULT);
        assertThat(u.toRaise(Set.of("EMERGENCY_STOP"))).containsExactly("OVER_TEMPERATURE");
        assertThat(u.toClear(Set.of("EMERGENCY_STOP", "SMOKE"))).containsExactly("SMOKE");
        assertThat(u.at()).isEqualTo(AT);
    }

    @Test
    void anUnplannedDisconnectionRaisesTheOfflineAlarmAndALoginClearsIt() {
        AlarmUpdate down = AlarmUpdate.of(new PileOffline("32010600019001", 1, "edge-1", "HEARTBEAT_TIMEOUT", AT), AT).orElseThrow();
        AlarmUpdate up = AlarmUpdate.of(new PileOnline("32010600019001", 1, 1, "edge-1", "10.0.0.9", 2, "V1.6", "1.0", AT), AT)
                .orElseThrow();

        assertThat(down.toRaise(Set.of())).containsExactly(AlarmUpdate.OFFLINE_CODE);
        assertThat(down.detail()).contains("HEARTBEAT_TIMEOUT");
        assertThat(up.toClear(Set.of(AlarmUpdate.OFFLINE_CODE))).containsExactly(AlarmUpdate.OFFLINE_CODE);
        assertThat(up.online()).isTrue();
    }

    @Test
    void aReplacedConnectionAStoppingNodeAndLiveDataAreNoAlarms() {
        assertThat(AlarmUpdate.of(new PileOffline("32010600019001", 1, "edge-1", "REPLACED", AT), AT)).isEmpty();
        assertThat(AlarmUpdate.of(new PileOffline("32010600019001", 1, "edge-1", "NODE_STOPPING", AT), AT)).isEmpty();
        assertThat(AlarmUpdate.of(new PileFaultChanged("32010600019001", 1, 1, null, null, null, null), AT).orElseThrow().at())
                .isEqualTo(AT);
        assertThat(AlarmUpdate.of(sample(), AT)).isEmpty();
    }

    private static LiveSample sample() {
        return BusJson.fromJson(new JsonObject().put("type", "pile.live-sample")
                .put("pileNo", "32010600019001").put("tenantId", 1).put("gun", 1).put("status", "IDLE"), LiveSample.class);
    }
}
