package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Ascii;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x94 Remote update (远程更新), platform to pile, answered by 0x93: the pile downloads its new
 * firmware by FTP from where the platform says; 94-byte body (reference 10.3):
 * <pre>
 * | pile no (7, BCD) | pile model (1): 0x01 DC, 0x02 AC | pile power (2, LE) |
 * | server address (16, ASCII) | server port (2, LE) | user (16, ASCII) | password (16, ASCII) |
 * | file path (32, ASCII) | execute control (1): 0x01 immediately, 0x02 when idle | download timeout (1, min) |
 * </pre>
 * Text fields are padded with 0x00. {@link #toString()} masks the password so that logs do not
 * carry it.
 *
 * @param pileNo                 the pile number
 * @param pileModel              DC or AC (codes differ from the login's pile type)
 * @param pilePowerKw            the pile's power; the reference states no unit, its sample uses kW
 * @param serverAddress          FTP server IP or host name, at most 16 characters
 * @param serverPort             FTP port, e.g. 21
 * @param userName               FTP user, at most 16 characters
 * @param password               FTP password, at most 16 characters
 * @param filePath               firmware file path on the server, at most 32 characters
 * @param executeControl         when the pile installs the update
 * @param downloadTimeoutMinutes how long the pile may take to download
 */
public record FirmwareUpdate(PileNo pileNo, PileModel pileModel, int pilePowerKw, String serverAddress, int serverPort,
                             String userName, String password, String filePath, ExecuteControl executeControl,
                             int downloadTimeoutMinutes) implements YkcMessage {

    /** The codec of 0x94. */
    public static final BodyCodec<FirmwareUpdate> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.FIRMWARE_UPDATE;
    }

    @Override
    public String toString() {
        return "FirmwareUpdate[pileNo=" + pileNo + ", pileModel=" + pileModel + ", pilePowerKw=" + pilePowerKw
                + ", serverAddress=" + serverAddress + ", serverPort=" + serverPort + ", userName=" + userName
                + ", password=****, filePath=" + filePath + ", executeControl=" + executeControl
                + ", downloadTimeoutMinutes=" + downloadTimeoutMinutes + "]";
    }

    private static final class Codec implements BodyCodec<FirmwareUpdate> {
        private static final int PILE_NO = 0;
        private static final int PILE_MODEL = 7;
        private static final int PILE_POWER = 8;
        private static final int SERVER_ADDRESS = 10;
        private static final int SERVER_PORT = 26;
        private static final int USER_NAME = 28;
        private static final int PASSWORD = 44;
        private static final int FILE_PATH = 60;
        private static final int EXECUTE_CONTROL = 92;
        private static final int DOWNLOAD_TIMEOUT = 93;
        private static final int TEXT_LENGTH = 16;
        private static final int PATH_LENGTH = 32;

        @Override
        public FrameType type() {
            return FrameType.FIRMWARE_UPDATE;
        }

        @Override
        public Class<FirmwareUpdate> messageClass() {
            return FirmwareUpdate.class;
        }

        @Override
        public FirmwareUpdate decode(ByteBuffer b, int o, int length) {
            return new FirmwareUpdate(
                    PileNo.read(b, o + PILE_NO),
                    PileModel.fromCode(LittleEndian.u8(b, o + PILE_MODEL)),
                    LittleEndian.u16(b, o + PILE_POWER),
                    Ascii.read(b, o + SERVER_ADDRESS, TEXT_LENGTH),
                    LittleEndian.u16(b, o + SERVER_PORT),
                    Ascii.read(b, o + USER_NAME, TEXT_LENGTH),
                    Ascii.read(b, o + PASSWORD, TEXT_LENGTH),
                    Ascii.read(b, o + FILE_PATH, PATH_LENGTH),
                    ExecuteControl.fromCode(LittleEndian.u8(b, o + EXECUTE_CONTROL)),
                    LittleEndian.u8(b, o + DOWNLOAD_TIMEOUT));
        }

        @Override
        public void encode(FirmwareUpdate m, ByteBuffer out) {
            m.pileNo().write(out);
            out.put((byte) m.pileModel().code());
            LittleEndian.put16(out, "pilePowerKw", m.pilePowerKw());
            Ascii.write(out, m.serverAddress(), TEXT_LENGTH, "serverAddress");
            LittleEndian.put16(out, "serverPort", m.serverPort());
            Ascii.write(out, m.userName(), TEXT_LENGTH, "userName");
            Ascii.write(out, m.password(), TEXT_LENGTH, "password");
            Ascii.write(out, m.filePath(), PATH_LENGTH, "filePath");
            out.put((byte) m.executeControl().code());
            LittleEndian.put8(out, "downloadTimeoutMinutes", m.downloadTimeoutMinutes());
        }
    }
}
