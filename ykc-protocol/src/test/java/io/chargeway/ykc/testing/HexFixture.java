package io.chargeway.ykc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.chargeway.ykc.frame.Crc16Modbus;

/**
 * Loads commented hex fixtures from {@code src/test/resources/frames}. Format: hex bytes
 * separated by spaces, {@code #} starts a comment, and the token {@code crc} stands for the
 * two CRC bytes computed over the frame (low byte first) so that fixtures stay editable.
 * Fixtures taken from real traffic spell their CRC bytes out instead.
 */
public final class HexFixture {

    private HexFixture() {
    }

    /** Loads {@code frames/<name>}. */
    public static byte[] load(String name) {
        try (InputStream in = HexFixture.class.getResourceAsStream("/frames/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture frames/" + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses fixture text (see class comment). */
    public static byte[] parse(String text) {
        List<Byte> bytes = new ArrayList<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String data = hash >= 0 ? line.substring(0, hash) : line;
            for (String token : data.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (token.equalsIgnoreCase("crc")) {
                    appendCrc(bytes);
                } else {
                    for (byte b : HexFormat.of().parseHex(token)) {
                        bytes.add(b);
                    }
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    /** Parses plain hex (spaces allowed), e.g. {@code "68 0C 00 00"}. */
    public static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s+", ""));
    }

    private static void appendCrc(List<Byte> bytes) {
        byte[] frame = new byte[bytes.size()];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = bytes.get(i);
        }
        int crc = Crc16Modbus.compute(frame, 2, frame.length - 2);
        bytes.add((byte) crc);
        bytes.add((byte) (crc >>> 8));
    }
}
