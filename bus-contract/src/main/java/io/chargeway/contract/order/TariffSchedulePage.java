package io.chargeway.contract.order;

import java.util.List;

/**
 * A station's schedules (newest first, at most 100) and its piles' pushes.
 *
 * @param schedules the schedules
 * @param pushes    the pushes, by pile number
 */
public record TariffSchedulePage(List<TariffScheduleView> schedules, List<TariffPushView> pushes) {
}
