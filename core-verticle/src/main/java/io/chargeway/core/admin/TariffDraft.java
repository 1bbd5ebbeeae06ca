package io.chargeway.core.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import io.vertx.core.json.JsonObject;

/**
 * The pricing of a tariff as an admin writes it, checked before anything is stored. Prices are in
 * 0.00001 yuan per kWh ({@code ...MilliFenPerKwh}).
 * <ul>
 *   <li>{@code STANDARD}: one {@code electricityMilliFenPerKwh} and {@code serviceMilliFenPerKwh}
 *       all day (stored as the flat period in all 48 slots, the same rate in all four periods);
 *       {@code rates} and {@code slots} must be absent.</li>
 *   <li>{@code TIME_OF_USE}: {@code slots}, 48 digits from 00:00 each naming a period (0 sharp, 1
 *       peak, 2 flat, 3 valley), and {@code rates} with a rate for every period the slots use
 *       ({@code {"peak": {"electricityMilliFenPerKwh": .., "serviceMilliFenPerKwh": ..}, ...}});
 *       periods no slot uses may be left out (they are stored at 0).</li>
 * </ul>
 * Pure.
 *
 * @param kind             {@code STANDARD} or {@code TIME_OF_USE}
 * @param rates            four rates: sharp, peak, flat, valley
 * @param slots            48 period codes
 * @param lossRatioPercent the loss ratio, 0..255
 */
public record TariffDraft(String kind, List<Rate> rates, String slots, int lossRatioPercent) {

    /** One price all day. */
    public static final String STANDARD = "STANDARD";
    /** Four periods over 48 half-hour slots. */
    public static final String TIME_OF_USE = "TIME_OF_USE";
    private static final int SLOTS = 48;
    private static final char FLAT = '2';

    /**
     * Reads a draft from a request body.
     *
     * @throws PlatformException {@code BAD_REQUEST} naming the field that is missing, superfluous or out of range
     */
    public static TariffDraft parse(JsonObject body) {
        String kind = body.getString("kind");
        int loss = body.getInteger("lossRatioPercent", 0);
        if (loss < 0 || loss > 255) {
            throw bad("body.lossRatioPercent must be 0..255");
        }
        if (STANDARD.equals(kind)) {
            if (body.containsKey("rates") || body.containsKey("slots")) {
                throw bad("a STANDARD tariff has one price: give electricityMilliFenPerKwh and serviceMilliFenPerKwh, not rates or slots");
            }
            Rate rate = rate(body, "body");
            return new TariffDraft(kind, List.of(rate, rate, rate, rate), String.valueOf(FLAT).repeat(SLOTS), loss);
        }
        if (TIME_OF_USE.equals(kind)) {
            if (body.containsKey("electricityMilliFenPerKwh") || body.containsKey("serviceMilliFenPerKwh")) {
                throw bad("a TIME_OF_USE tariff has prices per period: give rates and slots");
            }
            String slots = body.getString("slots");
            if (slots == null || !slots.matches("[0-3]{48}")) {
                throw bad("body.slots must be 48 digits 0..3 (0 sharp, 1 peak, 2 flat, 3 valley), one per half hour from 00:00");
            }
            JsonObject rates = body.getJsonObject("rates", new JsonObject());
            List<Rate> out = new ArrayList<>();
            for (RatePeriod p : RatePeriod.values()) {
                String name = p.name().toLowerCase(Locale.ROOT);
                JsonObject r = rates.getJsonObject(name);
                boolean used = slots.indexOf((char) ('0' + p.code())) >= 0;
                if (r == null && used) {
                    throw bad("body.rates." + name + " is required: the slots use the " + name + " period");
                }
                out.add(r == null ? new Rate(0, 0) : rate(r, "body.rates." + name));
            }
            return new TariffDraft(kind, List.copyOf(out), slots, loss);
        }
        throw bad("body.kind must be STANDARD or TIME_OF_USE");
    }

    private static Rate rate(JsonObject o, String field) {
        Long electricity = o.getLong("electricityMilliFenPerKwh");
        Long service = o.getLong("serviceMilliFenPerKwh");
        if (electricity == null || service == null) {
            throw bad(field + " needs electricityMilliFenPerKwh and serviceMilliFenPerKwh (0.00001 yuan per kWh)");
        }
        try {
            return new Rate(electricity, service);
        } catch (IllegalArgumentException e) {
            throw bad(field + ": " + e.getMessage());
        }
    }

    /** The model piles get, with {@code modelNo}. */
    public TariffModel model(int modelNo) {
        List<Integer> codes = new ArrayList<>(SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            codes.add(slots.charAt(i) - '0');
        }
        return new TariffModel(modelNo, rates, lossRatioPercent, codes);
    }

    private static PlatformException bad(String message) {
        return new PlatformException(ErrorCode.BAD_REQUEST, message);
    }
}
