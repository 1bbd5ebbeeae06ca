package io.chargeway.ykc.message.maintenance;

import java.util.Optional;

/**
 * The documented statuses of a firmware update reply (0x93 offset 7, reference 10.4).
 * Informational: the record keeps the raw code, so a vendor's other failure codes are carried.
 */
public enum FirmwareUpdateStatus {
    /** The update succeeded, code 0x00. */
    SUCCESS(0x00),
    /** The pile number did not match, code 0x01. */
    WRONG_PILE_NO(0x01),
    /** The program does not match the pile model, code 0x02. */
    MODEL_MISMATCH(0x02),
    /** The download timed out, code 0x03. */
    DOWNLOAD_TIMEOUT(0x03);

    private final int code;

    FirmwareUpdateStatus(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /** The status of a code, or empty if the code is not documented. */
    public static Optional<FirmwareUpdateStatus> find(int code) {
        for (FirmwareUpdateStatus s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
