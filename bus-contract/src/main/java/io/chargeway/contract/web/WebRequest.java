package io.chargeway.contract.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.core.json.JsonObject;

/**
 * One request from the web to a core feature: the action (e.g. {@code station.create}), the
 * caller proven by the token, and the input the OpenAPI document validated (path and query
 * parameters and the JSON body merged into one object; the body under {@code "body"}).
 *
 * @param action the action name; each address documents its actions
 * @param caller who asks
 * @param input  the validated input
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebRequest(String action, Caller caller, JsonObject input) {

    /** The payload version, written into every request. */
    @JsonProperty("version")
    public int version() {
        return 1;
    }
}
