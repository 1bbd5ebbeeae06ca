package io.chargeway.ykc.json;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.YkcMessage;

/**
 * What the {@code ykc} field tool does, as plain functions: turn a hex line from a pile log into
 * decoded frames or a precise statement of what is wrong, and build a frame from JSON.
 */
public final class FrameInspector {

    /**
     * The outcome of inspecting some bytes.
     *
     * @param frames   every frame decoded, as JSON
     * @param problems everything wrong, one sentence each (empty when all bytes formed valid frames)
     */
    public record Inspection(List<ObjectNode> frames, List<String> problems) {

        /** Whether the input was one or more valid frames and nothing else. */
        public boolean ok() {
            return problems.isEmpty() && !frames.isEmpty();
        }
    }

    private FrameInspector() {
    }

    /**
     * Decodes hex text: whitespace, commas, colons and {@code 0x} prefixes are ignored.
     *
     * @return the frames and problems; never throws for bad input
     */
    public static Inspection decode(String hexText) {
        List<ObjectNode> frames = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = parseHex(hexText);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return new Inspection(frames, problems);
        }
        if (bytes.length == 0) {
            problems.add("no bytes given; pass the frame as hex, e.g. 68 0C 00 00 00 02 ...");
            return new Inspection(frames, problems);
        }
        FrameDecoder decoder = new FrameDecoder(255, new FrameListener() {
            private boolean afterBrokenFrame;

            @Override
            public void onFrame(int sequence, CrcOrder crcOrder, YkcMessage message) {
                afterBrokenFrame = false;
                frames.add(FrameJson.describe(sequence, crcOrder, message));
            }

            @Override
            public void onRejected(FrameRejection rejection) {
                // The bytes after a rejected start byte are the rest of that broken frame: one problem, not two.
                if (!(afterBrokenFrame && rejection.reason() == RejectReason.GARBAGE)) {
                    problems.add(rejection.reason() + ": " + rejection.detail());
                }
                afterBrokenFrame = rejection.frameType() < 0 && rejection.reason() != RejectReason.GARBAGE;
            }
        });
        decoder.feed(bytes, 0, bytes.length);
        if (decoder.buffered() > 0) {
            problems.add(incomplete(bytes, bytes.length - decoder.buffered()));
        }
        return new Inspection(frames, problems);
    }

    /**
     * Builds one frame from JSON fields.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static byte[] encode(FrameType type, String fieldsJson, int sequence, CrcOrder order) {
        YkcMessage message = FrameJson.parse(type, fieldsJson);
        try {
            return FrameEncoder.encode(sequence, message, order);
        } catch (FieldException e) {
            throw new IllegalArgumentException("cannot encode " + type.hex() + ": " + e.getMessage(), e);
        }
    }

    /** Upper-case hex with a space between bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /**
     * Parses hex text leniently.
     *
     * @throws IllegalArgumentException naming the first character that is not hex, or an odd digit count
     */
    public static byte[] parseHex(String text) {
        String cleaned = text.replaceAll("(?i)0x", "").replaceAll("[\\s,:;\\-]", "");
        for (int i = 0; i < cleaned.length(); i++) {
            if (Character.digit(cleaned.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("'" + cleaned.charAt(i) + "' is not a hex digit; give the frame as hex bytes");
            }
        }
        if (cleaned.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits (" + cleaned.length() + "): a byte is cut in half");
        }
        return HexFormat.of().parseHex(cleaned);
    }

    private static String incomplete(byte[] bytes, int start) {
        int remaining = bytes.length - start;
        if (remaining >= 2 && (bytes[start] & 0xFF) == FrameDecoder.START) {
            int length = bytes[start + 1] & 0xFF;
            return String.format("LENGTH_MISMATCH: length byte 0x%02X announces a frame of %d bytes, but the input ends after %d",
                    length, length + FrameDecoder.OVERHEAD, remaining);
        }
        return "TRUNCATED: the input ends inside a frame header (" + remaining + " byte(s) left)";
    }
}
