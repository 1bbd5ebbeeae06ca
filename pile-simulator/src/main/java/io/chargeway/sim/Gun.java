package io.chargeway.sim;

import io.chargeway.ykc.field.TradeSerial;

/**
 * One gun of a simulated pile. Tests read its state from any thread (the fields they see are
 * volatile); only the pile's event loop changes it.
 */
public final class Gun {

    private final int number;
    private volatile GunStatus status = GunStatus.IDLE;
    private volatile boolean plugged;
    private volatile TradeSerial serial = TradeSerial.ZERO;
    private volatile long energyDeciWh;
    private volatile long amountCentiFen;
    /** When the next periodic 0x13 of this gun is due (monotonic ms). */
    long liveDueAt;

    Gun(int number) {
        this.number = number;
    }

    /** The gun number, 1-based. */
    public int number() {
        return number;
    }

    /** Idle, charging or faulty. */
    public GunStatus status() {
        return status;
    }

    /** Whether the gun is plugged into a vehicle. */
    public boolean plugged() {
        return plugged;
    }

    /** The trade serial of the running (or last) session; zero when there was none. */
    public TradeSerial serial() {
        return serial;
    }

    /** Energy of the running (or last) session, in 0.0001 kWh. */
    public long energyDeciWh() {
        return energyDeciWh;
    }

    /** Amount of the running (or last) session, in 0.0001 yuan. */
    public long amountCentiFen() {
        return amountCentiFen;
    }

    void status(GunStatus s) {
        status = s;
    }

    void plugged(boolean p) {
        plugged = p;
    }

    void serial(TradeSerial s) {
        serial = s;
    }

    void progress(long energy, long amount) {
        energyDeciWh = energy;
        amountCentiFen = amount;
    }

    @Override
    public String toString() {
        return "gun " + number + " " + status + (plugged ? " plugged" : "") + (serial.isZero() ? "" : " serial " + serial)
                + " " + energyDeciWh + " deciWh " + amountCentiFen + " centiFen";
    }
}
