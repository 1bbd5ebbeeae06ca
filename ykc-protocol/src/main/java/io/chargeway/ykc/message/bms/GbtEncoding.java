package io.chargeway.ykc.message.bms;

/**
 * The GB/T 27930 value conventions the BMS frames carry (protocol reference section 2 and open
 * point 8): currents are 0.1 A per bit with an offset of -400 A, temperatures 1 degree C per bit
 * with an offset of -50, status items are 2 bits packed least-significant first. Records keep
 * the raw wire values and apply these in their derived accessors.
 */
final class GbtEncoding {

    /** Raw value of 0 A: 400 A in 0.1 A steps. */
    static final int CURRENT_OFFSET_DECI_AMPS = 4000;
    /** Raw value of 0 degrees C. */
    static final int TEMPERATURE_OFFSET_CELSIUS = 50;

    private GbtEncoding() {
    }

    /** A raw current as signed 0.1 A; GB/T 27930 sends charging currents as negative values. */
    static int deciAmps(int raw) {
        return raw - CURRENT_OFFSET_DECI_AMPS;
    }

    /** A raw temperature as degrees Celsius. */
    static int celsius(int raw) {
        return raw - TEMPERATURE_OFFSET_CELSIUS;
    }

    /** The 2-bit item at {@code shift} of a packed status field (items packed least-significant first). */
    static int twoBits(long packed, int shift) {
        return (int) (packed >>> shift) & 0b11;
    }
}
