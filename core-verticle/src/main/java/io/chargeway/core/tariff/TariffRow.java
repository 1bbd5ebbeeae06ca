package io.chargeway.core.tariff;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * A {@code tariffs} row's pricing columns, and their mapping to the {@link TariffModel} piles get.
 * Prices are in 0.00001 yuan per kWh; {@code slots} holds 48 digits, one per half hour from 00:00,
 * each a period code (0 sharp, 1 peak, 2 flat, 3 valley).
 *
 * @param modelNo                           YKC model number 1..9999
 * @param sharpElectricityMilliFenPerKwh    sharp electricity fee
 * @param sharpServiceMilliFenPerKwh        sharp service fee
 * @param peakElectricityMilliFenPerKwh     peak electricity fee
 * @param peakServiceMilliFenPerKwh         peak service fee
 * @param flatElectricityMilliFenPerKwh     flat electricity fee
 * @param flatServiceMilliFenPerKwh         flat service fee
 * @param valleyElectricityMilliFenPerKwh   valley electricity fee
 * @param valleyServiceMilliFenPerKwh       valley service fee
 * @param lossRatioPercent                  loss ratio
 * @param slots                             48 period digits
 */
public record TariffRow(int modelNo, long sharpElectricityMilliFenPerKwh, long sharpServiceMilliFenPerKwh,
                        long peakElectricityMilliFenPerKwh, long peakServiceMilliFenPerKwh, long flatElectricityMilliFenPerKwh,
                        long flatServiceMilliFenPerKwh, long valleyElectricityMilliFenPerKwh, long valleyServiceMilliFenPerKwh,
                        int lossRatioPercent, String slots) {

    /** The pricing columns in the order of {@link #params()}. */
    public static final String COLUMNS = "model_no, sharp_electricity_milli_fen_per_kwh, sharp_service_milli_fen_per_kwh,"
            + " peak_electricity_milli_fen_per_kwh, peak_service_milli_fen_per_kwh, flat_electricity_milli_fen_per_kwh,"
            + " flat_service_milli_fen_per_kwh, valley_electricity_milli_fen_per_kwh, valley_service_milli_fen_per_kwh,"
            + " loss_ratio_percent, slots";

    /** The columns of a model. */
    public static TariffRow of(TariffModel model) {
        StringBuilder slots = new StringBuilder(48);
        for (Integer code : model.slots()) {
            slots.append((char) ('0' + code));
        }
        List<Rate> r = model.rates();
        return new TariffRow(model.modelNo(), r.get(0).electricityMilliFenPerKwh(), r.get(0).serviceMilliFenPerKwh(),
                r.get(1).electricityMilliFenPerKwh(), r.get(1).serviceMilliFenPerKwh(), r.get(2).electricityMilliFenPerKwh(),
                r.get(2).serviceMilliFenPerKwh(), r.get(3).electricityMilliFenPerKwh(), r.get(3).serviceMilliFenPerKwh(),
                model.lossRatioPercent(), slots.toString());
    }

    /** Reads the pricing columns of a row selected with {@link #COLUMNS}. */
    public static TariffRow read(Row row) {
        return new TariffRow(row.getInteger("model_no"), row.getLong("sharp_electricity_milli_fen_per_kwh"),
                row.getLong("sharp_service_milli_fen_per_kwh"), row.getLong("peak_electricity_milli_fen_per_kwh"),
                row.getLong("peak_service_milli_fen_per_kwh"), row.getLong("flat_electricity_milli_fen_per_kwh"),
                row.getLong("flat_service_milli_fen_per_kwh"), row.getLong("valley_electricity_milli_fen_per_kwh"),
                row.getLong("valley_service_milli_fen_per_kwh"), row.getInteger("loss_ratio_percent"), row.getString("slots"));
    }

    /**
     * The model piles get: rates in the order sharp, peak, flat, valley.
     *
     * @throws IllegalArgumentException if the row breaks the model's rules (a slot that is not 0..3,
     *                                  not 48 slots, a price out of range)
     */
    public TariffModel toModel() {
        if (slots == null || slots.length() != 48) {
            throw new IllegalArgumentException("tariff " + modelNo + ": slots must be 48 digits 0..3: " + slots);
        }
        List<Integer> codes = new ArrayList<>(48);
        for (int i = 0; i < slots.length(); i++) {
            char c = slots.charAt(i);
            if (c < '0' || c > '3') {
                throw new IllegalArgumentException("tariff " + modelNo + ": slot " + i + " must be 0..3: " + c);
            }
            codes.add(c - '0');
        }
        List<Rate> rates = List.of(new Rate(sharpElectricityMilliFenPerKwh, sharpServiceMilliFenPerKwh),
                new Rate(peakElectricityMilliFenPerKwh, peakServiceMilliFenPerKwh),
                new Rate(flatElectricityMilliFenPerKwh, flatServiceMilliFenPerKwh),
                new Rate(valleyElectricityMilliFenPerKwh, valleyServiceMilliFenPerKwh));
        return new TariffModel(modelNo, rates, lossRatioPercent, codes);
    }

    /** The column values in the order of {@link #COLUMNS}. */
    public Tuple params() {
        return Tuple.tuple().addInteger(modelNo)
                .addLong(sharpElectricityMilliFenPerKwh).addLong(sharpServiceMilliFenPerKwh)
                .addLong(peakElectricityMilliFenPerKwh).addLong(peakServiceMilliFenPerKwh)
                .addLong(flatElectricityMilliFenPerKwh).addLong(flatServiceMilliFenPerKwh)
                .addLong(valleyElectricityMilliFenPerKwh).addLong(valleyServiceMilliFenPerKwh)
                .addInteger(lossRatioPercent).addString(slots);
    }
}
