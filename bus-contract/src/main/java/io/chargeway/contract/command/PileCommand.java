package io.chargeway.contract.command;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A command to a pile. The core routes it to the edge node holding the pile (Redis lease) on
 * {@link io.chargeway.contract.Addresses#edgeCommands(String)}; the edge sends the frame, waits
 * for the pile's reply frame (matched on type, pile, gun and serial where present) and answers
 * with a {@link CommandResult}, or fails with {@code COMMAND_TIMEOUT}, {@code PILE_OFFLINE}
 * or {@code BAD_REQUEST}. Nothing waits forever.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StartCharging.class, name = "command.start-charging"),
    @JsonSubTypes.Type(value = StopCharging.class, name = "command.stop-charging"),
    @JsonSubTypes.Type(value = ReadLiveData.class, name = "command.read-live-data"),
    @JsonSubTypes.Type(value = PushTariff.class, name = "command.push-tariff"),
    @JsonSubTypes.Type(value = SyncClock.class, name = "command.sync-clock"),
    @JsonSubTypes.Type(value = Reboot.class, name = "command.reboot"),
    @JsonSubTypes.Type(value = SetWorkParameters.class, name = "command.set-work-parameters"),
    @JsonSubTypes.Type(value = UpdateFirmware.class, name = "command.update-firmware"),
    @JsonSubTypes.Type(value = OperateGroundLock.class, name = "command.ground-lock"),
    @JsonSubTypes.Type(value = UpdateBalance.class, name = "command.update-balance"),
    @JsonSubTypes.Type(value = SyncOfflineCards.class, name = "command.sync-offline-cards"),
    @JsonSubTypes.Type(value = ClearOfflineCards.class, name = "command.clear-offline-cards"),
    @JsonSubTypes.Type(value = QueryOfflineCards.class, name = "command.query-offline-cards"),
    @JsonSubTypes.Type(value = StartParallelCharging.class, name = "command.start-parallel-charging"),
    @JsonSubTypes.Type(value = SetQrCode.class, name = "command.set-qr-code")
})
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface PileCommand permits StartCharging, StopCharging, ReadLiveData, PushTariff, SyncClock, Reboot,
        SetWorkParameters, UpdateFirmware, OperateGroundLock, UpdateBalance, SyncOfflineCards, ClearOfflineCards,
        QueryOfflineCards, StartParallelCharging, SetQrCode {

    /** The payload version. */
    int VERSION = 1;

    /** The target pile's 14-digit number. */
    String pileNo();

    /** The payload version, written into every command. */
    @JsonProperty("version")
    default int version() {
        return VERSION;
    }
}
