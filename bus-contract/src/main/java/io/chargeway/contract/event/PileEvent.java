package io.chargeway.contract.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A normalized event about a pile, as the edge reports it. On the bus it is a JSON object with
 * {@code "type"} (e.g. {@code "pile.live-sample"}) and {@code "version"}; the core, the web's
 * live updates and (later) CEC status pushes all read the same events.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PileOnline.class, name = "pile.online"),
    @JsonSubTypes.Type(value = PileOffline.class, name = "pile.offline"),
    @JsonSubTypes.Type(value = GunStatusChanged.class, name = "pile.gun-status"),
    @JsonSubTypes.Type(value = LiveSample.class, name = "pile.live-sample"),
    @JsonSubTypes.Type(value = PileFaultChanged.class, name = "pile.fault"),
    @JsonSubTypes.Type(value = RemoteStartReported.class, name = "pile.remote-start"),
    @JsonSubTypes.Type(value = BmsReported.class, name = "pile.bms"),
    @JsonSubTypes.Type(value = GroundLockReported.class, name = "pile.ground-lock"),
    @JsonSubTypes.Type(value = TransactionRecorded.class, name = "pile.transaction")
})
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface PileEvent permits PileOnline, PileOffline, GunStatusChanged, LiveSample, PileFaultChanged,
        RemoteStartReported, BmsReported, GroundLockReported, TransactionRecorded {

    /** The payload version; bumped when a field changes meaning. */
    int VERSION = 1;

    /** The pile concerned. */
    String pileNo();

    /** The operator owning the pile (0 if the edge does not know it yet). */
    long tenantId();

    /** When the edge observed it. */
    Instant at();

    /** The payload version, written into every event. */
    @JsonProperty("version")
    default int version() {
        return VERSION;
    }
}
