package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x40 Transaction record confirmation (交易记录确认), platform to pile, 17-byte body (reference
 * 7.8), the answer to every 0x3B, repeats included:
 * <pre>
 * | trade serial (16, BCD) | result (1): 0x00 upload accepted, 0x01 invalid bill |
 * </pre>
 * "Accepted" acknowledges receipt only; the pile then deletes its copy of the record.
 *
 * @param tradeSerial the serial of the acknowledged record
 * @param accepted    {@code true} for 0x00 accepted, {@code false} for 0x01 invalid bill (非法账单)
 */
public record TransactionConfirm(TradeSerial tradeSerial, boolean accepted) implements YkcMessage {

    /** The codec of 0x40. */
    public static final BodyCodec<TransactionConfirm> CODEC = new Codec();

    /** The confirmation of a stored record. */
    public static TransactionConfirm acceptedFor(TransactionRecord record) {
        return new TransactionConfirm(record.tradeSerial(), true);
    }

    /** The answer to a record the platform cannot accept. */
    public static TransactionConfirm invalidBillFor(TransactionRecord record) {
        return new TransactionConfirm(record.tradeSerial(), false);
    }

    @Override
    public FrameType frameType() {
        return FrameType.TRANSACTION_CONFIRM;
    }

    private static final class Codec implements BodyCodec<TransactionConfirm> {
        private static final int RESULT = 16;

        @Override
        public FrameType type() {
            return FrameType.TRANSACTION_CONFIRM;
        }

        @Override
        public Class<TransactionConfirm> messageClass() {
            return TransactionConfirm.class;
        }

        @Override
        public TransactionConfirm decode(ByteBuffer b, int o, int length) {
            int result = LittleEndian.u8(b, o + RESULT);
            if (result > 1) {
                throw new FieldException("accepted", String.format("0x%02X is neither 0x00 accepted nor 0x01 invalid bill", result));
            }
            return new TransactionConfirm(TradeSerial.read(b, o), result == 0);
        }

        @Override
        public void encode(TransactionConfirm m, ByteBuffer out) {
            m.tradeSerial().write(out);
            out.put((byte) (m.accepted() ? 0 : 1));
        }
    }
}
