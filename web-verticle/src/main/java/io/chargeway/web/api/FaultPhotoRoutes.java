package io.chargeway.web.api;

import java.util.Base64;
import java.util.Map;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Photos of fault reports. A driver uploads one photo per request as the raw image bytes
 * ({@code application/octet-stream}, limited by {@code x-body-limit: photo}); the core recognises
 * JPEG or PNG from the bytes and stores it. An admin downloads one with the type recognised at
 * upload, never sniffed by the browser ({@code nosniff}) and sandboxed by a content security
 * policy, so a stored file can never run as a page of the console's origin.
 */
public final class FaultPhotoRoutes {

    private final CoreClient core;

    /** Routes calling the core through {@code core}. */
    public FaultPhotoRoutes(CoreClient core) {
        this.core = core;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("uploadFaultPhoto", this::upload, "faultPhoto", this::download);
    }

    private void upload(RoutingContext rc) {
        Buffer body = rc.body() == null ? null : rc.body().buffer();
        if (body == null || body.length() == 0) {
            rc.fail(new PlatformException(ErrorCode.BAD_REQUEST, "send the JPEG or PNG bytes as the body (application/octet-stream)"));
            return;
        }
        JsonObject input = new JsonObject().put("reportId", AdminOrderRoutes.input(rc).getLong("reportId"))
                .put("photo", Base64.getEncoder().encodeToString(body.getBytes()));
        AdminOrderRoutes.answer(rc, 201, core.call(WebAddresses.DRIVER, "faults.add-photo", AccessGuard.caller(rc), input));
    }

    private void download(RoutingContext rc) {
        core.call(WebAddresses.ADMIN, "fault.photo", AccessGuard.caller(rc), AdminOrderRoutes.input(rc)).onFailure(rc::fail)
                .onSuccess(photo -> {
                    byte[] bytes = Base64.getDecoder().decode(photo.getString("data"));
                    rc.response().putHeader("Content-Type", photo.getString("contentType"))
                            .putHeader("X-Content-Type-Options", "nosniff")
                            .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
                            .putHeader("Cache-Control", "private, max-age=300")
                            .putHeader("Content-Disposition", "inline; filename=\"" + photo.getString("fileName") + "\"")
                            .end(Buffer.buffer(bytes));
                });
    }
}
