package io.chargeway.edge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.event.BmsReported;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.bms.BmsChargeEnd;
import io.chargeway.ykc.message.bms.BmsDemand;
import io.chargeway.ykc.message.bms.BmsError;
import io.chargeway.ykc.message.bms.BmsInfo;
import io.chargeway.ykc.message.bms.BmsParameters;
import io.chargeway.ykc.message.bms.BmsStop;
import io.chargeway.ykc.message.bms.ChargerStop;
import io.chargeway.ykc.message.session.Heartbeat;

class BmsTranslatorTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial SERIAL = TradeSerial.parse("32010600019236012001061803423060");
    private static final Instant AT = Instant.parse("2024-05-01T02:00:00Z");

    @Test
    void everyBmsFrameBecomesItsStageWithDecodedFieldsByName() {
        BmsReported demand = BmsTranslator.translate(new BmsDemand(SERIAL, PILE, 1, 4000, 3800, 0x02, 3950, 3700, 0x1162, 56, 40,
                3960, 3700, 12), 7, AT);
        BmsReported parameters = BmsTranslator.translate(new BmsParameters(SERIAL, PILE, 1, 420, 3000, 600, 4500, 110, 560, 3900,
                7500, 2000, 2000, 3900), 7, AT);
        BmsReported end = BmsTranslator.translate(new BmsChargeEnd(SERIAL, PILE, 1, 90, 330, 345, 70, 80, 45, 300, 0), 7, AT);
        BmsReported info = BmsTranslator.translate(new BmsInfo(SERIAL, PILE, 1, 10, 75, 3, 70, 4, 0), 7, AT);

        assertThat(demand.stage()).isEqualTo("DEMAND");
        assertThat(demand.tradeSerial()).isEqualTo(SERIAL.toString());
        assertThat(demand.data()).containsEntry("voltageDemandDeciVolts", 4000).containsEntry("currentDemandDeciAmps", -200)
                .containsEntry("socPercent", 56).containsKey("chargingMode");
        assertThat(parameters.stage()).isEqualTo("PARAMETERS");
        assertThat(parameters.data()).containsEntry("maxTemperatureCelsius", 60).containsEntry("socPermille", 560);
        assertThat(end.stage()).isEqualTo("CHARGE_END");
        assertThat(end.data()).containsEntry("finalSocPercent", 90).containsEntry("minTemperatureCelsius", 20);
        assertThat(info.stage()).isEqualTo("STATUS");
        assertThat(info.data()).containsEntry("maxVoltageCellNo", 11).containsEntry("maxTemperatureCelsius", 25);
    }

    @Test
    void stopAndErrorFramesCarryTheirReasonsByName() {
        assertThat(BmsTranslator.translate(new BmsStop(SERIAL, PILE, 1, 0b01, 0, 0), 7, AT))
                .satisfies(e -> {
                    assertThat(e.stage()).isEqualTo("BMS_STOP");
                    assertThat(e.data()).containsEntry("reasons", java.util.List.of("SOC_TARGET_REACHED"));
                });
        assertThat(BmsTranslator.translate(new ChargerStop(SERIAL, PILE, 1, 0b01, 0, 0), 7, AT).stage()).isEqualTo("CHARGER_STOP");
        assertThat(BmsTranslator.translate(new BmsError(SERIAL, PILE, 1, 0, 0), 7, AT).stage()).isEqualTo("ERROR");
    }

    @Test
    void otherFramesAreNotBms() {
        assertThat(BmsTranslator.translate(new Heartbeat(PILE, 1, false), 7, AT)).isNull();
    }
}
