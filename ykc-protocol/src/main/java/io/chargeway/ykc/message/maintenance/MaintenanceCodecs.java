package io.chargeway.ykc.message.maintenance;

import java.util.List;

import io.chargeway.ykc.message.BodyCodec;

/** The codecs of this package's frame types, for {@link io.chargeway.ykc.message.MessageCodecs}. */
public final class MaintenanceCodecs {

    /** Every codec of this package. */
    public static final List<BodyCodec<?>> ALL = List.of(
            WorkParameterReply.CODEC,
            WorkParameterSetting.CODEC,
            TimeSyncReply.CODEC,
            TimeSync.CODEC,
            GroundLockStatus.CODEC,
            GroundLockCommand.CODEC,
            GroundLockReply.CODEC,
            RebootReply.CODEC,
            Reboot.CODEC,
            FirmwareUpdateReply.CODEC,
            FirmwareUpdate.CODEC,
            QrCodeSetting.CODEC,
            QrCodeSettingReply.CODEC);

    private MaintenanceCodecs() {
    }
}
