package io.chargeway.ykc.frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.MessageCodecs;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.buffer.Buffer;

/**
 * Splits a YKC byte stream into frames and decodes their bodies (protocol reference 1.1-1.4).
 * <pre>
 * | 0x68 | len | seq (2, LE) | enc | type | body (len - 4) | crc16 (2) |
 *          \______________ len bytes ______________/
 * </pre>
 * A small state machine over an accumulation buffer:
 * <ul>
 *   <li>{@code SEEK_START}: skip to the next 0x68; skipped bytes are reported once as GARBAGE;</li>
 *   <li>{@code READ_LENGTH}: a length below 4 or above the cap rejects the start byte only;</li>
 *   <li>{@code READ_FRAME}: wait for {@code len + 4} bytes, check the CRC in either byte order.
 *       A bad CRC rejects the start byte only, so a corrupt length cannot swallow the next good
 *       frame; a valid frame is consumed whole, even if its body is then rejected.</li>
 * </ul>
 * Bad input never throws: it reaches {@link FrameListener#onRejected} as a value. One decoder
 * belongs to one connection and is used from that connection's thread only.
 */
public final class FrameDecoder {

    /** The start byte of every frame. */
    public static final int START = 0x68;
    /** The length byte counts sequence (2) + encryption flag (1) + type (1) + body. */
    public static final int HEADER_IN_LENGTH = 4;
    /** Start byte, length byte and the two CRC bytes around the {@code len} bytes. */
    public static final int OVERHEAD = 4;
    /** The default hard cap on the length byte. */
    public static final int DEFAULT_MAX_LENGTH = 250;

    /** Room for one largest frame; most reads carry whole frames, so this rarely grows. */
    private static final int INITIAL_CAPACITY = 272;
    /** A buffer grown by a burst is given back once it is empty again. */
    private static final int SHRINK_ABOVE = 8192;

    private enum State { SEEK_START, READ_LENGTH, READ_FRAME }

    private final FrameListener listener;
    private final int maxLength;
    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private ByteBuffer view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    private int readIndex;
    private int writeIndex;
    private State state = State.SEEK_START;

    /**
     * Creates a decoder.
     *
     * @param maxLength the largest accepted length byte, 4..255 (frames above it are OVERSIZE)
     * @param listener  receives frames and rejections
     */
    public FrameDecoder(int maxLength, FrameListener listener) {
        if (maxLength < HEADER_IN_LENGTH || maxLength > 255) {
            throw new IllegalArgumentException("maxLength must be 4..255: " + maxLength);
        }
        this.maxLength = maxLength;
        this.listener = listener;
    }

    /** Creates a decoder with the default cap of {@value #DEFAULT_MAX_LENGTH}. */
    public FrameDecoder(FrameListener listener) {
        this(DEFAULT_MAX_LENGTH, listener);
    }

    /** Feeds bytes read from the socket; calls the listener for every frame they complete. */
    public void feed(Buffer chunk) {
        int n = chunk.length();
        ensureRoom(n);
        chunk.getBytes(0, n, bytes, writeIndex);
        writeIndex += n;
        drain();
    }

    /** Feeds {@code length} bytes of {@code source} from {@code offset}. */
    public void feed(byte[] source, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(source, offset, bytes, writeIndex, length);
        writeIndex += length;
        drain();
    }

    /** Bytes held while waiting for the rest of a frame. */
    public int buffered() {
        return writeIndex - readIndex;
    }

    private void drain() {
        while (readIndex < writeIndex) {
            if (state == State.SEEK_START) {
                seekStart();
            } else if (state == State.READ_LENGTH) {
                if (!readLength()) {
                    break;
                }
            } else if (!readFrame()) {
                break;
            }
        }
        if (readIndex == writeIndex) {
            readIndex = 0;
            writeIndex = 0;
            if (bytes.length > SHRINK_ABOVE) {
                bytes = new byte[INITIAL_CAPACITY];
                view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            }
        }
    }

    private void seekStart() {
        int from = readIndex;
        while (readIndex < writeIndex && bytes[readIndex] != (byte) START) {
            readIndex++;
        }
        if (readIndex > from) {
            reject(RejectReason.GARBAGE, (readIndex - from) + " byte(s) before a 0x68 start byte", -1, from, readIndex);
        }
        if (readIndex < writeIndex) {
            state = State.READ_LENGTH;
        }
    }

    private boolean readLength() {
        if (writeIndex - readIndex < 2) {
            return false;
        }
        int length = bytes[readIndex + 1] & 0xFF;
        if (length < HEADER_IN_LENGTH) {
            rejectStartByte(RejectReason.LENGTH_TOO_SHORT, "length byte " + length + " is below 4");
        } else if (length > maxLength) {
            rejectStartByte(RejectReason.OVERSIZE, "length byte " + length + " exceeds the cap of " + maxLength);
        } else {
            state = State.READ_FRAME;
        }
        return true;
    }

    private boolean readFrame() {
        int length = bytes[readIndex + 1] & 0xFF;
        int frameSize = length + OVERHEAD;
        if (writeIndex - readIndex < frameSize) {
            return false;
        }
        int covered = readIndex + 2;
        int crc = Crc16Modbus.compute(bytes, covered, length);
        int first = bytes[covered + length] & 0xFF;
        int second = bytes[covered + length + 1] & 0xFF;
        CrcOrder order;
        if (first == (crc & 0xFF) && second == crc >>> 8) {
            order = CrcOrder.LOW_FIRST;
        } else if (first == crc >>> 8 && second == (crc & 0xFF)) {
            order = CrcOrder.HIGH_FIRST;
        } else {
            rejectStartByte(RejectReason.BAD_CRC, String.format(
                    "CRC expected 0x%04X (%02X %02X low-first), frame carries %02X %02X",
                    crc, crc & 0xFF, crc >>> 8, first, second));
            return true;
        }
        int start = readIndex;
        readIndex += frameSize;
        state = State.SEEK_START;
        decodeBody(start, length, order);
        return true;
    }

    private void decodeBody(int start, int length, CrcOrder order) {
        int end = start + length + OVERHEAD;
        int typeCode = bytes[start + 5] & 0xFF;
        if (bytes[start + 4] != 0) {
            reject(RejectReason.ENCRYPTED, String.format("encryption flag 0x%02X is set; V1.6 defines no cipher",
                    bytes[start + 4] & 0xFF), typeCode, start, end);
            return;
        }
        BodyCodec<?> codec = MessageCodecs.find(typeCode);
        if (codec == null) {
            reject(RejectReason.UNKNOWN_TYPE, String.format("frame type 0x%02X is not defined by YKC V1.6", typeCode),
                    typeCode, start, end);
            return;
        }
        int bodyLength = length - HEADER_IN_LENGTH;
        FrameType type = codec.type();
        if (type.hasFixedLength() && bodyLength != type.bodyLength()) {
            reject(RejectReason.LENGTH_MISMATCH, String.format("%s %s needs a %d-byte body (length byte 0x%02X), got %d",
                    type.hex(), type.englishName(), type.bodyLength(), type.bodyLength() + 4, bodyLength),
                    typeCode, start, end);
            return;
        }
        YkcMessage message;
        try {
            message = codec.decode(view, start + 6, bodyLength);
        } catch (FieldException e) {
            reject(e.reason(), type.hex() + " " + type.englishName() + ": " + e.getMessage(), typeCode, start, end);
            return;
        }
        listener.onFrame(LittleEndianSequence.read(bytes, start + 2), order, message);
    }

    private void rejectStartByte(RejectReason reason, String detail) {
        int end = Math.min(writeIndex, readIndex + Math.max(2, (bytes[readIndex + 1] & 0xFF) + OVERHEAD));
        reject(reason, detail + "; resynchronising after the start byte", -1, readIndex, end);
        readIndex++;
        state = State.SEEK_START;
    }

    private void reject(RejectReason reason, String detail, int typeCode, int from, int to) {
        listener.onRejected(new FrameRejection(reason, detail, typeCode, Arrays.copyOfRange(bytes, from, to)));
    }

    private void ensureRoom(int incoming) {
        if (readIndex > 0 && writeIndex + incoming > bytes.length) {
            System.arraycopy(bytes, readIndex, bytes, 0, writeIndex - readIndex);
            writeIndex -= readIndex;
            readIndex = 0;
        }
        if (writeIndex + incoming > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, writeIndex + incoming));
            view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Reads the little-endian sequence field. */
    private static final class LittleEndianSequence {
        private LittleEndianSequence() {
        }

        static int read(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
        }
    }
}
