package io.chargeway.core.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pile.NewPile;
import io.chargeway.core.pile.NewPile.NewGun;
import io.chargeway.core.station.NewStation;

/**
 * The demo operator's registry: one station in Nanjing, a time-of-use tariff and by default ten
 * piles numbered {@value #FIRST_PILE_NO} .. 32010600019010. Pile {@code i} (1-based) has number
 * {@value #FIRST_PILE_NO} + i - 1; within every block of ten, piles 1..6 are DC 120 kW with two
 * guns and piles 7..10 AC 7 kW with one gun (the pile simulator's {@code PileLayout} follows the
 * same rule, so a fleet of any size up to {@value #MAX_PILE_COUNT} matches a seed of that size).
 */
public final class DemoRegistry {

    /** The demo tenant's name. */
    public static final String TENANT_NAME = "Demo Operator";
    /** The demo station's name. */
    public static final String STATION_NAME = "Demo Station";
    /** The demo tariff's name. */
    public static final String TARIFF_NAME = "Demo time-of-use";
    /** The first demo pile. */
    public static final String FIRST_PILE_NO = "32010600019001";
    /** The number of demo piles unless configured otherwise ({@code core.demoPiles}). */
    public static final int PILE_COUNT = 10;
    /** The most demo piles a seed creates (load benchmarks). */
    public static final int MAX_PILE_COUNT = 100_000;
    /** Piles 1..{@value} of every block of ten are DC, the rest AC. */
    public static final int DC_PILE_COUNT = 6;

    private static final long FIRST_NUMBER = Long.parseLong(FIRST_PILE_NO);
    private static final int BLOCK = 10;
    private static final int DC_POWER_W = 120_000;
    private static final int AC_POWER_W = 7_000;
    private static final int CONNECTOR_DC_GUN = 4;
    private static final int CONNECTOR_AC_PLUG = 3;
    /**
     * Half-hour slots from 00:00: 00-08 valley, 08-10 flat, 10-12 peak, 12-14 flat, 14-17 peak,
     * 17-19 sharp, 19-21 peak, 21-23 flat, 23-24 valley (0 sharp, 1 peak, 2 flat, 3 valley).
     */
    private static final String SLOTS = "3333333333333333" + "2222" + "1111" + "2222" + "111111" + "0000" + "1111" + "2222" + "33";

    private DemoRegistry() {
    }

    /** The default demo pile numbers, in order. */
    public static List<String> pileNumbers() {
        List<String> numbers = new ArrayList<>(PILE_COUNT);
        for (int i = 1; i <= PILE_COUNT; i++) {
            numbers.add(pileNo(i));
        }
        return numbers;
    }

    /**
     * The number of the {@code index}-th demo pile: {@value #FIRST_PILE_NO} + index - 1.
     *
     * @throws IllegalArgumentException if the index is outside 1..{@value #MAX_PILE_COUNT}
     */
    public static String pileNo(int index) {
        if (index < 1 || index > MAX_PILE_COUNT) {
            throw new IllegalArgumentException("demo pile index must be 1.." + MAX_PILE_COUNT + ": " + index);
        }
        return Long.toString(FIRST_NUMBER + index - 1);
    }

    /**
     * The demo tariff, model 1, in 0.00001 yuan/kWh: sharp 1.20000 + 0.80000, peak 1.00000 + 0.80000,
     * flat 0.70000 + 0.60000, valley 0.30000 + 0.40000 (electricity + service).
     */
    public static TariffModel tariff() {
        List<Integer> slots = new ArrayList<>(48);
        for (char c : SLOTS.toCharArray()) {
            slots.add(c - '0');
        }
        return new TariffModel(1, List.of(new Rate(120_000, 80_000), new Rate(100_000, 80_000), new Rate(70_000, 60_000),
                new Rate(30_000, 40_000)), 0, slots);
    }

    /** The demo station of a tenant, charging at a tariff. */
    public static NewStation station(long tenantId, long tariffId) {
        return new NewStation(tenantId, "NJ0001", STATION_NAME, "320102", "1 Zhongshan Road, Xuanwu District, Nanjing",
                new BigDecimal("32.0603000"), new BigDecimal("118.7969000"), "025-00000000", 16, "00:00-24:00",
                "Ground floor, spaces 1-16; parking free for 2 hours while charging",
                new NewStation.ChargingKinds(true, true, true, true), null, null, tariffId);
    }

    /**
     * The {@code index}-th demo pile at a station.
     *
     * @throws IllegalArgumentException if the index is outside 1..{@value #MAX_PILE_COUNT}
     */
    public static NewPile pile(int index, long tenantId, long stationId) {
        String pileNo = pileNo(index);
        boolean dc = (index - 1) % BLOCK < DC_PILE_COUNT;
        int guns = dc ? 2 : 1;
        List<NewGun> gunList = new ArrayList<>(guns);
        for (int g = 1; g <= guns; g++) {
            gunList.add(new NewGun(g, pileNo + String.format("%02d", g), dc ? CONNECTOR_DC_GUN : CONNECTOR_AC_PLUG,
                    dc ? DC_POWER_W : AC_POWER_W));
        }
        return new NewPile(tenantId, stationId, pileNo, pileNo, dc, dc ? DC_POWER_W : AC_POWER_W, null, gunList);
    }
}
