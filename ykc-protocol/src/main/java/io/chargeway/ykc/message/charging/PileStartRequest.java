package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;

import io.chargeway.ykc.field.Ascii;
import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x31 Pile-initiated start request (充电桩主动申请启动充电), pile to platform, 51-byte body
 * (reference 7.1): a card swipe, an account login or a VIN-capable vehicle at the pile.
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD) | start mode (1) | password required (1): 0x00 no, 0x01 yes |
 * | account or physical card no (8, BIN) | password (16, BIN) | VIN (17, ASCII, bytes REVERSED) |
 * </pre>
 * The platform answers with 0x32. The body is also the start of 0xA1.
 *
 * @param pileNo           the pile number
 * @param gun              the gun number, 1..99
 * @param startMode        card, account or VIN
 * @param passwordRequired whether the user entered a password
 * @param accountOrCardNo  the physical card number (mode CARD) or the account number (mode ACCOUNT), zeros otherwise
 * @param password         the 16 password bytes as 32 upper-case hex digits (an MD5 digest or ASCII "short MD5",
 *                         open point 13); zeros when none
 * @param vin              the vehicle identification number in reading order (mode VIN), empty otherwise
 */
public record PileStartRequest(PileNo pileNo, int gun, StartMode startMode, boolean passwordRequired,
                               PhysicalCardNo accountOrCardNo, String password, String vin) implements YkcMessage {

    /** The codec of 0x31. */
    public static final BodyCodec<PileStartRequest> CODEC = new Codec();

    /** Password bytes on the wire. */
    public static final int PASSWORD_LENGTH = 16;
    /** VIN bytes on the wire. */
    public static final int VIN_LENGTH = 17;
    /** The password field when no password was entered. */
    public static final String NO_PASSWORD = "0".repeat(2 * PASSWORD_LENGTH);

    /** Normalises the password to upper-case hex. */
    public PileStartRequest {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(vin, "vin");
        password = password.toUpperCase(Locale.ROOT);
    }

    @Override
    public FrameType frameType() {
        return FrameType.PILE_START_REQUEST;
    }

    private static final class Codec implements BodyCodec<PileStartRequest> {
        private static final int GUN = 7;
        private static final int START_MODE = 8;
        private static final int PASSWORD_REQUIRED = 9;
        private static final int ACCOUNT_OR_CARD = 10;
        private static final int PASSWORD = 18;
        private static final int VIN = 34;

        @Override
        public FrameType type() {
            return FrameType.PILE_START_REQUEST;
        }

        @Override
        public Class<PileStartRequest> messageClass() {
            return PileStartRequest.class;
        }

        @Override
        public PileStartRequest decode(ByteBuffer b, int o, int length) {
            int required = LittleEndian.u8(b, o + PASSWORD_REQUIRED);
            if (required > 1) {
                throw new FieldException("passwordRequired", String.format("0x%02X is neither 0x00 no nor 0x01 yes", required));
            }
            return new PileStartRequest(
                    PileNo.read(b, o),
                    Bcd.read1(b, o + GUN, "gun"),
                    StartMode.fromCode(LittleEndian.u8(b, o + START_MODE)),
                    required == 1,
                    PhysicalCardNo.read(b, o + ACCOUNT_OR_CARD),
                    Bcd.readHexDigits(b, o + PASSWORD, PASSWORD_LENGTH),
                    Ascii.readReversed(b, o + VIN, VIN_LENGTH));
        }

        @Override
        public void encode(PileStartRequest m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put8(out, "startMode", m.startMode().code());
            out.put((byte) (m.passwordRequired() ? 1 : 0));
            m.accountOrCardNo().write(out);
            if (m.password().length() != 2 * PASSWORD_LENGTH) {
                throw new FieldException("password", "must be 32 hex digits (16 bytes), got " + m.password().length());
            }
            Bcd.writeHexDigits(out, m.password(), PASSWORD_LENGTH, "password");
            Ascii.writeReversed(out, m.vin(), VIN_LENGTH, "vin");
        }
    }
}
