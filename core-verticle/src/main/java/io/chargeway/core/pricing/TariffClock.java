package io.chargeway.core.pricing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Maps instants to the 48 half-hour tariff slots of the local day. Tariffs, CP56Time2a times and
 * statistics use Beijing time (Asia/Shanghai, no daylight saving); instants are stored in UTC.
 * Slot 0 is 00:00-00:30, slot 47 is 23:30-24:00.
 */
public final class TariffClock {

    /** The zone of tariff slots. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Slots per day. */
    public static final int SLOTS = 48;
    private static final int SLOT_MINUTES = 30;

    private TariffClock() {
    }

    /** The slot (0..47) that {@code at} falls into. */
    public static int slotOf(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, ZONE);
        return local.getHour() * 2 + local.getMinute() / SLOT_MINUTES;
    }

    /** The first instant after {@code at} where a new slot begins (the next :00 or :30 local). */
    public static Instant nextSlotStart(Instant at) {
        ZonedDateTime local = at.atZone(ZONE).truncatedTo(ChronoUnit.MINUTES);
        int minute = local.getMinute();
        ZonedDateTime slotStart = local.withMinute(minute < SLOT_MINUTES ? 0 : SLOT_MINUTES);
        return slotStart.plusMinutes(SLOT_MINUTES).toInstant();
    }
}
