package io.chargeway.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class PileLiveStateTest {

    @Test
    void unitsCountsAndIdsBecomeNumbersPluggedABooleanAndSerialsStayText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("energyDeciWh", "5878");
        fields.put("socPercent", "61");
        fields.put("outputDeciAmps", "-12");
        fields.put("amountCentiFen", "7641");
        fields.put("gunTempCelsius", "31");
        fields.put("gunCount", "2");
        fields.put("stationId", "1");
        fields.put("plugged", "true");
        fields.put("tradeSerial", "32010600019001012611230811500001");
        fields.put("nodeId", "edge-d17c1771");
        fields.put("programVersion", "V4.1.50");
        fields.put("hardwareFaults", "");

        JsonObject typed = PileLiveState.typed(fields);

        assertThat(typed.getValue("energyDeciWh")).isEqualTo(5878L);
        assertThat(typed.getValue("socPercent")).isEqualTo(61L);
        assertThat(typed.getValue("outputDeciAmps")).isEqualTo(-12L);
        assertThat(typed.getValue("amountCentiFen")).isEqualTo(7641L);
        assertThat(typed.getValue("gunTempCelsius")).isEqualTo(31L);
        assertThat(typed.getValue("gunCount")).isEqualTo(2L);
        assertThat(typed.getValue("stationId")).isEqualTo(1L);
        assertThat(typed.getValue("plugged")).isEqualTo(true);
        assertThat(typed.getValue("tradeSerial")).isEqualTo("32010600019001012611230811500001");
        assertThat(typed.getValue("nodeId")).isEqualTo("edge-d17c1771");
        assertThat(typed.getValue("programVersion")).isEqualTo("V4.1.50");
        assertThat(typed.getValue("hardwareFaults")).isEqualTo("");
    }

    @Test
    void aUnitFieldThatIsNotAnIntegerStaysAsItWas() {
        JsonObject typed = PileLiveState.typed(Map.of("socPercent", "n/a", "plugged", "maybe"));

        assertThat(typed.getValue("socPercent")).isEqualTo("n/a");
        assertThat(typed.getValue("plugged")).isEqualTo("maybe");
    }
}
