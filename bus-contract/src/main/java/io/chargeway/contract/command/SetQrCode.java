package io.chargeway.contract.command;

/**
 * QR-code prefix download (0xF0 extension), answered by 0xF1.
 *
 * @param pileNo the pile
 * @param perGun whether the QR code is prefix + pile number + gun (one per gun) rather than prefix + pile number
 * @param prefix the URL prefix
 */
public record SetQrCode(String pileNo, boolean perGun, String prefix) implements PileCommand {
}
