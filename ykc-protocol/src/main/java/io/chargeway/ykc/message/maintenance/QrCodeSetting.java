package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;
import java.util.Optional;

import io.chargeway.ykc.field.Ascii;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0xF0 QR-code prefix download (二维码前缀下发), platform to pile, answered by 0xF1. Not in the
 * V1.6 document but common in the field (reference 13). Variable body of 9 + L bytes:
 * <pre>
 * | pile no (7, BCD) | format (1) | prefix length L (1) | prefix (L, ASCII, not padded) |
 * </pre>
 * The length byte must account for exactly the rest of the body. The prefix bytes are kept one
 * character per byte (ISO-8859-1), so every byte a peer sends survives a round trip.
 *
 * @param pileNo     the pile number
 * @param formatCode the raw format byte, see {@link #format()}
 * @param prefix     the QR-code text before the pile (and gun) number, at most {@value #MAX_PREFIX_LENGTH} characters
 */
public record QrCodeSetting(PileNo pileNo, int formatCode, String prefix) implements YkcMessage {

    /** The codec of 0xF0. */
    public static final BodyCodec<QrCodeSetting> CODEC = new Codec();

    /** The longest prefix one frame can carry (length byte 255 = 4 + 9 + 242). */
    public static final int MAX_PREFIX_LENGTH = 242;

    @Override
    public FrameType frameType() {
        return FrameType.QR_CODE_SETTING;
    }

    /** The known format of {@link #formatCode()}, or empty for a vendor's own code. */
    public Optional<QrCodeFormat> format() {
        return QrCodeFormat.find(formatCode);
    }

    private static final class Codec implements BodyCodec<QrCodeSetting> {
        private static final int PILE_NO = 0;
        private static final int FORMAT = 7;
        private static final int PREFIX_LENGTH = 8;
        private static final int PREFIX = 9;

        @Override
        public FrameType type() {
            return FrameType.QR_CODE_SETTING;
        }

        @Override
        public Class<QrCodeSetting> messageClass() {
            return QrCodeSetting.class;
        }

        @Override
        public QrCodeSetting decode(ByteBuffer b, int o, int length) {
            if (length < PREFIX) {
                throw FieldException.lengthMismatch("body of " + length + " bytes is shorter than the 9 bytes before the prefix");
            }
            int prefixLength = LittleEndian.u8(b, o + PREFIX_LENGTH);
            if (length != PREFIX + prefixLength) {
                throw FieldException.lengthMismatch("prefix length byte says " + prefixLength + " bytes, the body carries "
                        + (length - PREFIX));
            }
            StringBuilder prefix = new StringBuilder(prefixLength);
            for (int i = 0; i < prefixLength; i++) {
                prefix.append((char) LittleEndian.u8(b, o + PREFIX + i));
            }
            return new QrCodeSetting(PileNo.read(b, o + PILE_NO), LittleEndian.u8(b, o + FORMAT), prefix.toString());
        }

        @Override
        public void encode(QrCodeSetting m, ByteBuffer out) {
            if (m.prefix().length() > MAX_PREFIX_LENGTH) {
                throw new FieldException("prefix", m.prefix().length() + " characters do not fit one frame (at most "
                        + MAX_PREFIX_LENGTH + ")");
            }
            m.pileNo().write(out);
            LittleEndian.put8(out, "formatCode", m.formatCode());
            LittleEndian.put8(out, "prefixLength", m.prefix().length());
            Ascii.write(out, m.prefix(), m.prefix().length(), "prefix");
        }
    }
}
