package io.chargeway.ykc.message.live;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The hardware faults of real-time data (硬件故障, 0x13 offset 58, reference 6.2): a 16-bit
 * little-endian word in which the specification's "Bit n" is bit n-1 (Bit1 = least significant
 * bit of the first byte). Bits 13..15 are undefined; vendors may use them.
 */
public enum HardwareFault {
    /** Bit1: emergency-stop button pressed (急停按钮动作故障). */
    EMERGENCY_STOP(0),
    /** Bit2: no rectifier module available (无可用整流模块). */
    NO_RECTIFIER_MODULE(1),
    /** Bit3: air outlet over temperature (出风口温度过高). */
    AIR_OUTLET_OVER_TEMPERATURE(2),
    /** Bit4: AC surge protector fault (交流防雷故障). */
    AC_SURGE_PROTECTOR(3),
    /** Bit5: AC/DC module (DC20) communication lost. */
    DC20_COMMUNICATION_LOST(4),
    /** Bit6: insulation monitor (FC08) communication lost. */
    FC08_COMMUNICATION_LOST(5),
    /** Bit7: energy meter communication lost (电度表通信中断). */
    METER_COMMUNICATION_LOST(6),
    /** Bit8: card reader communication lost (读卡器通信中断). */
    CARD_READER_COMMUNICATION_LOST(7),
    /** Bit9: RC10 communication lost. */
    RC10_COMMUNICATION_LOST(8),
    /** Bit10: fan speed-control board fault (风扇调速板故障). */
    FAN_CONTROL_BOARD(9),
    /** Bit11: DC fuse fault (直流熔断器故障). */
    DC_FUSE(10),
    /** Bit12: high-voltage contactor fault (高压接触器故障). */
    HIGH_VOLTAGE_CONTACTOR(11),
    /** Bit13: door open (门打开). */
    DOOR_OPEN(12);

    /** The bits of the word that name a documented fault. */
    public static final int DOCUMENTED_BITS = (1 << 13) - 1;

    private final int bit;

    HardwareFault(int bit) {
        this.bit = bit;
    }

    /** The bit index in the little-endian word, 0..12. */
    public int bit() {
        return bit;
    }

    /** The bit number as the specification counts it, 1..13. */
    public int specBit() {
        return bit + 1;
    }

    /** The mask of this fault in the word. */
    public int mask() {
        return 1 << bit;
    }

    /** The documented faults whose bits are set in {@code word}; undocumented bits are ignored. */
    public static Set<HardwareFault> activeIn(int word) {
        EnumSet<HardwareFault> active = EnumSet.noneOf(HardwareFault.class);
        for (HardwareFault fault : values()) {
            if ((word & fault.mask()) != 0) {
                active.add(fault);
            }
        }
        return Collections.unmodifiableSet(active);
    }

    /** The word with the bits of {@code faults} set. */
    public static int wordOf(Set<HardwareFault> faults) {
        int word = 0;
        for (HardwareFault fault : faults) {
            word |= fault.mask();
        }
        return word;
    }
}
