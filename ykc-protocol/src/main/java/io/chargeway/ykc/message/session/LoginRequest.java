package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Ascii;
import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x01 Login request (充电桩登录认证), pile to platform, 30-byte body (reference 5.1):
 * <pre>
 * | pile no (7, BCD) | type (1) | guns (1) | protocol x10 (1) | program version (8, ASCII) |
 * | network (1) | SIM ICCID (10, BCD, hex digits kept) | mobile operator (1) |
 * </pre>
 *
 * @param pileNo            the pile number
 * @param pileType          DC or AC
 * @param gunCount          number of guns
 * @param protocolVersionX10 protocol version times ten: 0x10 (16) is V1.6
 * @param programVersion    firmware version text, e.g. {@code V4.1.50}
 * @param networkTypeCode   0x00 SIM, 0x01 LAN, 0x02 WAN, 0x03 other (informational; firmwares differ)
 * @param simIccid          the SIM's ICCID as 20 hex digits (BCD, with any F padding kept); zeros if unknown
 * @param mobileOperatorCode 0x00 China Mobile, 0x02 China Telecom, 0x03 China Unicom, 0x04 other (informational)
 */
public record LoginRequest(PileNo pileNo, PileType pileType, int gunCount, int protocolVersionX10, String programVersion,
                           int networkTypeCode, String simIccid, int mobileOperatorCode) implements YkcMessage {

    /** The codec of 0x01. */
    public static final BodyCodec<LoginRequest> CODEC = new Codec();

    /** Protocol version byte of V1.6. */
    public static final int PROTOCOL_V16 = 0x10;

    @Override
    public FrameType frameType() {
        return FrameType.LOGIN_REQUEST;
    }

    /** The protocol version as text, e.g. {@code V1.6}. */
    public String protocolVersion() {
        return "V" + protocolVersionX10 / 10 + "." + protocolVersionX10 % 10;
    }

    private static final class Codec implements BodyCodec<LoginRequest> {
        private static final int PILE_NO = 0;
        private static final int PILE_TYPE = 7;
        private static final int GUN_COUNT = 8;
        private static final int PROTOCOL = 9;
        private static final int PROGRAM_VERSION = 10;
        private static final int NETWORK = 18;
        private static final int SIM = 19;
        private static final int OPERATOR = 29;

        @Override
        public FrameType type() {
            return FrameType.LOGIN_REQUEST;
        }

        @Override
        public Class<LoginRequest> messageClass() {
            return LoginRequest.class;
        }

        @Override
        public LoginRequest decode(ByteBuffer b, int o, int length) {
            return new LoginRequest(
                    PileNo.read(b, o + PILE_NO),
                    PileType.fromCode(LittleEndian.u8(b, o + PILE_TYPE)),
                    LittleEndian.u8(b, o + GUN_COUNT),
                    LittleEndian.u8(b, o + PROTOCOL),
                    Ascii.read(b, o + PROGRAM_VERSION, 8),
                    LittleEndian.u8(b, o + NETWORK),
                    Bcd.readHexDigits(b, o + SIM, 10),
                    LittleEndian.u8(b, o + OPERATOR));
        }

        @Override
        public void encode(LoginRequest m, ByteBuffer out) {
            m.pileNo().write(out);
            LittleEndian.put8(out, "pileType", m.pileType().code());
            LittleEndian.put8(out, "gunCount", m.gunCount());
            LittleEndian.put8(out, "protocolVersionX10", m.protocolVersionX10());
            Ascii.write(out, m.programVersion(), 8, "programVersion");
            LittleEndian.put8(out, "networkTypeCode", m.networkTypeCode());
            Bcd.writeHexDigits(out, m.simIccid(), 10, "simIccid");
            LittleEndian.put8(out, "mobileOperatorCode", m.mobileOperatorCode());
        }
    }
}
