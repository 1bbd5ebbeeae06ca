package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x02 Login response (登录认证应答), platform to pile, 8-byte body (reference 5.2):
 * <pre>
 * | pile no (7, BCD) | result (1): 0x00 success, 0x01 failure |
 * </pre>
 * On failure the platform closes the connection.
 *
 * @param pileNo   the pile number
 * @param accepted whether the login succeeded
 */
public record LoginResponse(PileNo pileNo, boolean accepted) implements YkcMessage {

    /** The codec of 0x02. */
    public static final BodyCodec<LoginResponse> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.LOGIN_RESPONSE;
    }

    private static final class Codec implements BodyCodec<LoginResponse> {
        private static final int RESULT = 7;

        @Override
        public FrameType type() {
            return FrameType.LOGIN_RESPONSE;
        }

        @Override
        public Class<LoginResponse> messageClass() {
            return LoginResponse.class;
        }

        @Override
        public LoginResponse decode(ByteBuffer b, int o, int length) {
            int result = LittleEndian.u8(b, o + RESULT);
            if (result > 1) {
                throw new FieldException("accepted", String.format("login result 0x%02X is neither 0x00 nor 0x01", result));
            }
            return new LoginResponse(PileNo.read(b, o), result == 0);
        }

        @Override
        public void encode(LoginResponse m, ByteBuffer out) {
            m.pileNo().write(out);
            out.put((byte) (m.accepted() ? 0 : 1));
        }
    }
}
