package io.chargeway.edge.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.event.BmsReported;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.bms.BmsChargeEnd;
import io.chargeway.ykc.message.bms.BmsDemand;
import io.chargeway.ykc.message.bms.BmsError;
import io.chargeway.ykc.message.bms.BmsHandshake;
import io.chargeway.ykc.message.bms.BmsInfo;
import io.chargeway.ykc.message.bms.BmsParameters;
import io.chargeway.ykc.message.bms.BmsStop;
import io.chargeway.ykc.message.bms.ChargerStop;

/**
 * Turns the BMS frames 0x15-0x25 (reference 6.3-6.10) into {@link BmsReported} events: a stage
 * name and the frame's fields by name, decoded (offsets applied), with the unit in the name.
 * Pure functions.
 */
public final class BmsTranslator {

    private BmsTranslator() {
    }

    /**
     * The event of a BMS frame.
     *
     * @return the event, or null when {@code message} is not a BMS frame
     */
    public static BmsReported translate(YkcMessage message, long tenantId, Instant at) {
        if (message instanceof BmsHandshake m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "HANDSHAKE", handshake(m), at);
        } else if (message instanceof BmsParameters m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "PARAMETERS", parameters(m), at);
        } else if (message instanceof BmsChargeEnd m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "CHARGE_END", chargeEnd(m), at);
        } else if (message instanceof BmsError m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "ERROR",
                    Map.of("timeouts", m.timeouts(), "bemBits", m.bemBits(), "cemBits", m.cemBits()), at);
        } else if (message instanceof BmsStop m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "BMS_STOP",
                    stop(m.reasons(), m.stopReasonBits(), m.faultReasonBits(), m.errorReasonBits()), at);
        } else if (message instanceof ChargerStop m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "CHARGER_STOP",
                    stop(m.reasons(), m.stopReasonBits(), m.faultReasonBits(), m.errorReasonBits()), at);
        } else if (message instanceof BmsDemand m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "DEMAND", demand(m), at);
        } else if (message instanceof BmsInfo m) {
            return event(m.pileNo(), tenantId, m.gun(), m.tradeSerial(), "STATUS", info(m), at);
        }
        return null;
    }

    private static BmsReported event(PileNo pile, long tenantId, int gun, TradeSerial serial, String stage,
                                     Map<String, Object> data, Instant at) {
        return new BmsReported(pile.toString(), tenantId, gun, serial.toString(), stage, data, at);
    }

    private static Map<String, Object> handshake(BmsHandshake m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bmsProtocolVersion", m.bmsProtocolVersionText());
        d.put("batteryType", m.batteryTypeDescription());
        d.put("ratedCapacityDeciAmpHours", m.ratedCapacityDeciAmpHours());
        d.put("ratedVoltageDeciVolts", m.ratedVoltageDeciVolts());
        d.put("batteryManufacturer", m.batteryManufacturer());
        d.put("batteryPackSerial", m.batteryPackSerial());
        d.put("productionDate", String.format("%04d-%02d-%02d", m.productionYear(), m.productionMonth(), m.productionDay()));
        d.put("chargeCycles", m.chargeCycles());
        d.put("ownership", m.ownershipDescription());
        d.put("vin", m.vin());
        d.put("bmsSoftware", String.format("%04d-%02d-%02d build %d", m.bmsSoftwareYear(), m.bmsSoftwareMonth(),
                m.bmsSoftwareDay(), m.bmsSoftwareBuild()));
        return d;
    }

    private static Map<String, Object> parameters(BmsParameters m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("maxCellVoltageCentiVolts", m.maxCellVoltageCentiVolts());
        d.put("maxChargingCurrentDeciAmps", m.maxChargingCurrentDeciAmps());
        d.put("nominalEnergyDeciKwh", m.nominalEnergyDeciKwh());
        d.put("maxTotalVoltageDeciVolts", m.maxTotalVoltageDeciVolts());
        d.put("maxTemperatureCelsius", m.maxTemperatureCelsius());
        d.put("socPermille", m.socPermille());
        d.put("batteryVoltageDeciVolts", m.batteryVoltageDeciVolts());
        d.put("pileMaxVoltageDeciVolts", m.pileMaxVoltageDeciVolts());
        d.put("pileMinVoltageDeciVolts", m.pileMinVoltageDeciVolts());
        d.put("pileMaxCurrentDeciAmps", m.pileMaxCurrentDeciAmps());
        d.put("pileMinCurrentDeciAmps", m.pileMinCurrentDeciAmps());
        return d;
    }

    private static Map<String, Object> chargeEnd(BmsChargeEnd m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("finalSocPercent", m.finalSocPercent());
        d.put("minCellVoltageCentiVolts", m.minCellVoltageCentiVolts());
        d.put("maxCellVoltageCentiVolts", m.maxCellVoltageCentiVolts());
        d.put("minTemperatureCelsius", m.minTemperatureCelsius());
        d.put("maxTemperatureCelsius", m.maxTemperatureCelsius());
        d.put("chargingMinutes", m.chargingMinutes());
        d.put("energyOutputDeciKwh", m.energyOutputDeciKwh());
        d.put("chargerNumber", m.chargerNumber());
        return d;
    }

    private static Map<String, Object> stop(List<String> reasons, int stopBits, int faultBits, int errorBits) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("reasons", reasons);
        d.put("stopReasonBits", stopBits);
        d.put("faultReasonBits", faultBits);
        d.put("errorReasonBits", errorBits);
        return d;
    }

    private static Map<String, Object> demand(BmsDemand m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("voltageDemandDeciVolts", m.voltageDemandDeciVolts());
        d.put("currentDemandDeciAmps", m.currentDemandDeciAmps());
        d.put("chargingMode", m.chargingModeDescription());
        d.put("measuredVoltageDeciVolts", m.measuredVoltageDeciVolts());
        d.put("measuredCurrentDeciAmps", m.measuredCurrentDeciAmps());
        d.put("maxCellVoltageCentiVolts", m.maxCellVoltageCentiVolts());
        d.put("maxCellVoltageGroup", m.maxCellVoltageGroup());
        d.put("socPercent", m.socPercent());
        d.put("remainingMinutes", m.remainingMinutes());
        d.put("outputVoltageDeciVolts", m.outputVoltageDeciVolts());
        d.put("outputCurrentDeciAmps", m.outputCurrentDeciAmps());
        d.put("chargingMinutes", m.chargingMinutes());
        return d;
    }

    private static Map<String, Object> info(BmsInfo m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("maxVoltageCellNo", m.maxVoltageCellNo());
        d.put("maxTemperatureCelsius", m.maxTemperatureCelsius());
        d.put("maxTemperatureProbeNo", m.maxTemperatureProbeNo());
        d.put("minTemperatureCelsius", m.minTemperatureCelsius());
        d.put("minTemperatureProbeNo", m.minTemperatureProbeNo());
        d.put("cellVoltage", m.cellVoltageStatus().name());
        d.put("soc", m.socStatus().name());
        d.put("overCurrent", m.overCurrentStatus().name());
        d.put("overTemperature", m.overTemperatureStatus().name());
        d.put("insulation", m.insulationStatus().name());
        d.put("outputConnector", m.outputConnectorStatus().name());
        d.put("chargingPermission", m.chargingPermission().name());
        d.put("alarms", m.alarms());
        return d;
    }
}
