package io.chargeway.ykc.message.maintenance;

import java.util.Optional;

/**
 * How a pile builds its QR code from the prefix of 0xF0 (offset 7, reference 13), as one pile
 * firmware defines the format byte. Vendor-specific: the record keeps the raw code.
 */
public enum QrCodeFormat {
    /** One QR code per pile: prefix + 14-digit pile number, code 0x00. */
    PER_PILE(0x00),
    /** One QR code per gun: prefix + pile number + 2-digit gun number, code 0x01. */
    PER_GUN(0x01);

    private final int code;

    QrCodeFormat(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /** The format of a code, or empty if the code is not one of the two known ones. */
    public static Optional<QrCodeFormat> find(int code) {
        for (QrCodeFormat f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
