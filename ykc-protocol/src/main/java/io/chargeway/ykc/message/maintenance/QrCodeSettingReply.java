package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0xF1 QR-code prefix reply (二维码前缀下发应答), pile to platform answering 0xF0, 8-byte body
 * (extension, reference 13):
 * <pre>
 * | pile no (7, BCD) | result (1): 0x00 failed, 0x01 success |
 * </pre>
 *
 * @param pileNo  the pile number
 * @param success whether the pile stored the QR-code prefix
 */
public record QrCodeSettingReply(PileNo pileNo, boolean success) implements YkcMessage {

    /** The codec of 0xF1. */
    public static final BodyCodec<QrCodeSettingReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.QR_CODE_SETTING_REPLY;
    }

    private static final class Codec implements BodyCodec<QrCodeSettingReply> {
        private static final int PILE_NO = 0;
        private static final int RESULT = 7;

        @Override
        public FrameType type() {
            return FrameType.QR_CODE_SETTING_REPLY;
        }

        @Override
        public Class<QrCodeSettingReply> messageClass() {
            return QrCodeSettingReply.class;
        }

        @Override
        public QrCodeSettingReply decode(ByteBuffer b, int o, int length) {
            return new QrCodeSettingReply(PileNo.read(b, o + PILE_NO), FlagByte.read(b, o + RESULT, "success", 0x00, 0x01));
        }

        @Override
        public void encode(QrCodeSettingReply m, ByteBuffer out) {
            m.pileNo().write(out);
            FlagByte.write(out, m.success(), 0x00, 0x01);
        }
    }
}
