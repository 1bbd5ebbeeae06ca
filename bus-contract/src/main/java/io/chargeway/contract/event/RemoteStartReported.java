package io.chargeway.contract.event;

import java.time.Instant;

/**
 * A remote-start reply (0x33/0xA3) that no command was waiting for any more: the second 0x33
 * a pile sends when the gun is plugged in within 60 s of a "gun not plugged" failure.
 *
 * @param pileNo        the pile
 * @param tenantId      its operator
 * @param gun           the gun
 * @param tradeSerial   the serial of the start command
 * @param started       whether the pile started
 * @param failureCode   YKC failure code (0 none)
 * @param failureReason the failure in words
 * @param at            when
 */
public record RemoteStartReported(String pileNo, long tenantId, int gun, String tradeSerial, boolean started, int failureCode,
                                  String failureReason, Instant at) implements PileEvent {
}
