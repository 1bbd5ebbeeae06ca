package io.chargeway.edge.events;

import static io.chargeway.edge.events.DownlinkTranslator.required;

import io.chargeway.contract.command.UpdateFirmware;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.maintenance.ExecuteControl;
import io.chargeway.ykc.message.maintenance.FirmwareUpdate;
import io.chargeway.ykc.message.maintenance.PileModel;
import io.chargeway.ykc.message.maintenance.Reboot;

/** The frames of the maintenance commands (reference 10). */
final class MaintenanceCommands {

    private MaintenanceCommands() {
    }

    /** 0x92. */
    static Reboot reboot(io.chargeway.contract.command.Reboot c, PileNo pile) {
        return new Reboot(pile, c.whenIdle() ? ExecuteControl.WHEN_IDLE : ExecuteControl.IMMEDIATELY);
    }

    /** 0x94; text lengths and port range are checked when the frame is test-encoded. */
    static FirmwareUpdate firmware(UpdateFirmware c, PileNo pile) {
        return new FirmwareUpdate(pile, c.dc() ? PileModel.DC : PileModel.AC, c.powerKw(), required("host", c.host()), c.port(),
                required("user", c.user()), required("password", c.password()), required("path", c.path()),
                c.whenIdle() ? ExecuteControl.WHEN_IDLE : ExecuteControl.IMMEDIATELY, c.downloadTimeoutMinutes());
    }
}
