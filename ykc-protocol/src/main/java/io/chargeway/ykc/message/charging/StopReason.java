package io.chargeway.ykc.message.charging;

import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A stop reason (充电停止原因, 0x3B offset 149) with the complete V1.6 table of section 12.
 *
 * <p>Every byte value is a valid stop reason: a transaction record must be settled whatever its
 * stop reason, so nothing here throws for a code. Codes 0x40..0x90 carry their class and meaning
 * (reserved codes say so: firmwares fill them with their own meanings); any other code is
 * {@link StopReasonCategory#VENDOR}.
 *
 * <p>JSON form: {@code "0x6E abnormal stop: insufficient balance"}; parsing reads the leading
 * {@code 0xNN}, so {@code "0x6E"} and the number {@code 110} are accepted too.
 *
 * @param code the byte, 0..255
 */
public record StopReason(int code) {

    /** The first code of the V1.6 table. */
    public static final int FIRST_CODE = 0x40;
    /** The last code of the V1.6 table. */
    public static final int LAST_CODE = 0x90;

    private static final Pattern LEADING_HEX = Pattern.compile("0[xX]([0-9A-Fa-f]{1,2})(?![0-9A-Fa-f]).*", Pattern.DOTALL);
    private static final String RESERVED = "reserved";
    private static final String RESERVED_WAYS = "reserved (other ways)";
    private static final String RESERVED_REASONS = "reserved (other reasons)";
    private static final String GBT_2015 = "GB/T 2015: ";

    /** Meanings of 0x40..0x90, in code order. */
    private static final List<String> TABLE = List.of(
            // 0x40..0x49 completed
            "stopped by app (remote stop)", "SOC reached 100 %", "energy target reached", "amount target reached",
            "time target reached", "stopped manually (at the pile)", RESERVED_WAYS, RESERVED_WAYS, RESERVED_WAYS,
            RESERVED_WAYS,
            // 0x4A..0x57 start failed
            "pile control system fault (reboot or auto-recovery needed)", "control pilot disconnected",
            "circuit breaker tripped", "energy meter communication lost", "insufficient balance", "charging module fault",
            "emergency stop input", "surge protector abnormal", "BMS not ready", "abnormal temperature",
            "battery reverse polarity", "electronic lock abnormal", "closing (switch-on) failed", "insulation abnormal",
            // 0x58..0x69 start failed
            RESERVED, "BHM (BMS handshake) timeout", "BRM (BMS/vehicle identification) timeout",
            "BCP (battery parameters) timeout", "BRO 0xAA (BMS ready) timeout", "BCS (battery charge status) timeout",
            "BCL (charge requirement) timeout", "BSM (battery status) timeout",
            GBT_2015 + "battery voltage present during BHM, charging not allowed",
            GBT_2015 + "at BRO 0xAA the real battery voltage differs > 5 % from BCP",
            GBT_2015 + "BRO went from 0xAA back to 0x00 during pre-charge", "host configuration message timeout",
            "charger not ready (no CRO 0xAA sent, old GB/T)", RESERVED_REASONS, RESERVED_REASONS, RESERVED_REASONS,
            RESERVED_REASONS, RESERVED_REASONS,
            // 0x6A..0x78 abnormal stop
            "system locked", "control pilot disconnected", "circuit breaker tripped", "energy meter communication lost",
            "insufficient balance", "AC protection tripped", "DC protection tripped", "charging module fault",
            "emergency stop input", "surge protector abnormal", "abnormal temperature", "abnormal output",
            "no charging current", "electronic lock abnormal", RESERVED,
            // 0x79..0x89 abnormal stop
            "total charging voltage abnormal", "total charging current abnormal", "cell charging voltage abnormal",
            "battery pack over-temperature", "highest cell charging voltage abnormal",
            "highest battery pack over-temperature", "BMV cell charging voltage abnormal",
            "BMT battery pack over-temperature", "battery status abnormal", "vehicle message forbids charging",
            "pile lost power", "BCS timeout", "BCL timeout", "BSM timeout", "BST (BMS stop) timeout",
            "BSD (BMS statistics) timeout", "CCS from the peer timeout",
            // 0x8A..0x8F abnormal stop, 0x90 unknown
            RESERVED_REASONS, RESERVED_REASONS, RESERVED_REASONS, RESERVED_REASONS, RESERVED_REASONS, RESERVED_REASONS,
            "stopped for unknown reason");

    /** Validates the range. */
    public StopReason {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("stop reason must be one byte, 0..255: " + code);
        }
    }

    /**
     * Parses {@code "0x6E abnormal stop: insufficient balance"} (only the leading {@code 0xNN}
     * counts) or a bare {@code "0x6E"}.
     *
     * @throws IllegalArgumentException if the text does not start with 0x and one or two hex digits
     */
    public static StopReason parse(String text) {
        Matcher m = LEADING_HEX.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("stop reason must start with a code like 0x6E, got '" + text + "'");
        }
        return new StopReason(Integer.parseInt(m.group(1), 16));
    }

    /**
     * The JSON creator: a string as in {@link #parse(String)} or an integer code.
     *
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StopReason fromJson(Object json) {
        if (json instanceof String text) {
            return parse(text);
        }
        if (json instanceof Integer || json instanceof Long || json instanceof Short) {
            long code = ((Number) json).longValue();
            if (code < 0 || code > 0xFF) {
                throw new IllegalArgumentException("stop reason must be one byte, 0..255: " + code);
            }
            return new StopReason((int) code);
        }
        throw new IllegalArgumentException("stop reason must be a string like \"0x6E\" or an integer, got " + json);
    }

    /** The class of this code; {@link StopReasonCategory#VENDOR} outside 0x40..0x90. */
    public StopReasonCategory category() {
        if (code < FIRST_CODE || code > LAST_CODE) {
            return StopReasonCategory.VENDOR;
        }
        if (code <= 0x49) {
            return StopReasonCategory.COMPLETED;
        }
        if (code <= 0x69) {
            return StopReasonCategory.START_FAILED;
        }
        return code <= 0x8F ? StopReasonCategory.ABNORMAL_STOP : StopReasonCategory.UNKNOWN;
    }

    /** The meaning, e.g. {@code "insufficient balance"}; {@code "vendor specific 0x91"} outside the table. */
    public String description() {
        if (category() == StopReasonCategory.VENDOR) {
            return "vendor specific " + hex();
        }
        return TABLE.get(code - FIRST_CODE);
    }

    /** Whether V1.6 reserves this code (firmwares use reserved codes for their own meanings). */
    public boolean reserved() {
        return category() != StopReasonCategory.VENDOR && description().startsWith(RESERVED);
    }

    /** The code as {@code 0x6E}. */
    public String hex() {
        return "0x" + HexFormat.of().withUpperCase().toHexDigits((byte) code);
    }

    /** {@code "0x6E abnormal stop: insufficient balance"}, or {@code "0x91 vendor specific"}. */
    @JsonValue
    @Override
    public String toString() {
        StopReasonCategory category = category();
        return category == StopReasonCategory.VENDOR
                ? hex() + " " + category.label()
                : hex() + " " + category.label() + ": " + description();
    }
}
