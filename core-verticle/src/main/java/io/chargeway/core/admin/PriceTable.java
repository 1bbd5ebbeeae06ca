package io.chargeway.core.admin;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A station's time-of-use prices as drivers see them: four periods (sharp, peak, flat, valley),
 * each an electricity and a service price in 0.00001 yuan/kWh, and 48 half-hour slots of local
 * time (Asia/Shanghai) naming a period. Pure; no I/O.
 *
 * @param electricityMilliFenPerKwh electricity price per period code 0..3
 * @param serviceMilliFenPerKwh     service price per period code 0..3
 * @param slots                     48 digits 0..3 from 00:00
 */
public record PriceTable(long[] electricityMilliFenPerKwh, long[] serviceMilliFenPerKwh, String slots) {

    /** Local time of tariffs. */
    public static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final String[] PERIODS = {"SHARP", "PEAK", "FLAT", "VALLEY"};

    /** The period code in force at {@code at}. */
    public int periodAt(Instant at) {
        LocalTime t = at.atZone(LOCAL).toLocalTime();
        int slot = t.getHour() * 2 + (t.getMinute() >= 30 ? 1 : 0);
        return slots.charAt(slot) - '0';
    }

    /** The total (electricity + service) price at {@code at}. */
    public long totalAt(Instant at) {
        int p = periodAt(at);
        return electricityMilliFenPerKwh[p] + serviceMilliFenPerKwh[p];
    }

    /** The table as JSON: periods with prices, and time ranges with their period. */
    public JsonObject toJson(Instant now) {
        JsonArray periods = new JsonArray();
        for (int p = 0; p < 4; p++) {
            periods.add(new JsonObject().put("period", PERIODS[p]).put("electricityMilliFenPerKwh", electricityMilliFenPerKwh[p])
                    .put("serviceMilliFenPerKwh", serviceMilliFenPerKwh[p]));
        }
        JsonArray ranges = new JsonArray();
        int start = 0;
        for (int i = 1; i <= 48; i++) {
            if (i == 48 || slots.charAt(i) != slots.charAt(start)) {
                ranges.add(new JsonObject().put("from", hhmm(start)).put("to", hhmm(i)).put("period", PERIODS[slots.charAt(start) - '0']));
                start = i;
            }
        }
        int current = periodAt(now);
        return new JsonObject().put("periods", periods).put("schedule", ranges).put("currentPeriod", PERIODS[current])
                .put("currentPriceMilliFenPerKwh", electricityMilliFenPerKwh[current] + serviceMilliFenPerKwh[current]);
    }

    private static String hhmm(int slot) {
        return String.format("%02d:%02d", slot / 2, slot % 2 * 30);
    }
}
