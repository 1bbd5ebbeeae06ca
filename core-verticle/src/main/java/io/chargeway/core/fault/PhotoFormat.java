package io.chargeway.core.fault;

import java.util.Optional;

/**
 * The image types a fault report accepts, recognised from the bytes themselves (the type a client
 * declares is never trusted): a JPEG starts with the SOI marker {@code FF D8 FF} and ends with the
 * EOI marker {@code FF D9}; a PNG starts with its 8-byte signature followed by the {@code IHDR}
 * chunk and ends with the {@code IEND} chunk. Anything else (a script or an HTML page named
 * .jpg, a truncated upload, a GIF) is refused. Pure.
 */
public enum PhotoFormat {
    /** JPEG (JFIF, Exif). */
    JPEG("image/jpeg", "jpg"),
    /** PNG. */
    PNG("image/png", "png");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_IHDR = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final int MIN_BYTES = 32;

    private final String contentType;
    private final String extension;

    PhotoFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The media type the photo is served with. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension for downloads. */
    public String extension() {
        return extension;
    }

    /** The format of a stored content type, or empty. */
    public static Optional<PhotoFormat> ofContentType(String contentType) {
        for (PhotoFormat f : values()) {
            if (f.contentType.equals(contentType)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of {@code bytes}, or empty when they are not a whole JPEG or PNG image. */
    public static Optional<PhotoFormat> recognise(byte[] bytes) {
        if (bytes == null || bytes.length < MIN_BYTES) {
            return Optional.empty();
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF && endsWithEoi(bytes)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, PNG_SIGNATURE, 0) && startsWith(bytes, PNG_IHDR, PNG_SIGNATURE.length)
                && startsWith(bytes, PNG_IEND, bytes.length - PNG_IEND.length)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** JPEG writers may pad after the EOI marker with zero bytes; anything else after it is refused. */
    private static boolean endsWithEoi(byte[] bytes) {
        int end = bytes.length;
        while (end > 2 && bytes[end - 1] == 0) {
            end--;
        }
        return (bytes[end - 2] & 0xFF) == 0xFF && (bytes[end - 1] & 0xFF) == 0xD9;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
