package io.chargeway.contract.pile;

/**
 * Core's answer to a {@link StartAuthorizationRequest}, carried to the pile in 0x32/0xA2.
 *
 * @param authorized     whether the pile may start
 * @param tradeSerial    the 32-digit trade serial of the new order (zeros when refused)
 * @param logicalCardNo  the 16-digit number shown on the pile
 * @param balanceFen     the member's available balance in fen
 * @param failureCode    YKC failure reason when refused (0x01 account unknown ... 0x0B cards not supported), else 0
 * @param reason         the refusal in words, for the log
 */
public record StartAuthorization(boolean authorized, String tradeSerial, String logicalCardNo, long balanceFen,
                                 int failureCode, String reason) {
}
