package io.chargeway.core.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PhotoFormatTest {

    /** SOI, an APP0 (JFIF) segment header, filler, EOI. */
    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 0x11);
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(head, 0, b, 0, head.length);
        b[size - 2] = (byte) 0xFF;
        b[size - 1] = (byte) 0xD9;
        return b;
    }

    /** Signature, IHDR chunk header, filler, IEND chunk. */
    static byte[] png(int size) {
        byte[] b = new byte[size];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] tail = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
        System.arraycopy(head, 0, b, 0, head.length);
        System.arraycopy(tail, 0, b, size - tail.length, tail.length);
        return b;
    }

    @Test
    void recognisesWholeJpegAndPngImagesFromTheirBytes() {
        assertThat(PhotoFormat.recognise(jpeg(100))).contains(PhotoFormat.JPEG);
        assertThat(PhotoFormat.recognise(png(100))).contains(PhotoFormat.PNG);
        assertThat(PhotoFormat.JPEG.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aJpegPaddedWithZerosAfterItsEndMarkerIsStillAJpeg() {
        byte[] padded = Arrays.copyOf(jpeg(100), 110);
        assertThat(PhotoFormat.recognise(padded)).contains(PhotoFormat.JPEG);
    }

    @Test
    void refusesTruncatedImagesScriptsNamedLikeImagesAndOtherFormats() {
        assertThat(PhotoFormat.recognise(Arrays.copyOf(jpeg(100), 80))).isEmpty();
        assertThat(PhotoFormat.recognise(Arrays.copyOf(png(100), 90))).isEmpty();
        assertThat(PhotoFormat.recognise("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PhotoFormat.recognise("GIF89a....................................".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoFormat.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).isEmpty();
        assertThat(PhotoFormat.recognise(null)).isEmpty();
    }
}
