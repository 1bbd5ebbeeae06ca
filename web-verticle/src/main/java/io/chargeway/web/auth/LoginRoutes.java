package io.chargeway.web.auth;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.api.CoreClient;
import io.chargeway.web.api.RequestValidation;
import io.chargeway.web.api.Responses;
import io.chargeway.web.auth.sms.SmsGateway;
import io.chargeway.web.auth.wechat.WechatLoginClient;
import io.chargeway.web.auth.wechat.WechatSettings;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The login, refresh and logout routes. The core checks credentials and keeps refresh tokens
 * (opaque, stored hashed, rotated on every use); the web signs the access token. Every login
 * answers {@code {"accessToken", "tokenType": "Bearer", "expiresIn", "refreshToken", "account"}}.
 */
public final class LoginRoutes {

    private final CoreClient core;
    private final TokenService tokens;
    private final JwtSettings jwt;
    private final SmsGateway sms;
    private final WechatLoginClient wechat;
    private final WechatSettings wechatSettings;

    /** Login routes over the core, the token service and the outside login services. */
    public LoginRoutes(CoreClient core, TokenService tokens, JwtSettings jwt, SmsGateway sms, WechatLoginClient wechat,
                       WechatSettings wechatSettings) {
        this.core = core;
        this.tokens = tokens;
        this.jwt = jwt;
        this.sms = sms;
        this.wechat = wechat;
        this.wechatSettings = wechatSettings;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of(
                "adminLogin", rc -> login(rc, "identity.admin-login", body(rc)),
                "refresh", rc -> login(rc, "identity.refresh", body(rc)),
                "logout", this::logout,
                "smsCode", this::smsCode,
                "smsLogin", rc -> login(rc, "identity.sms-login", body(rc)),
                "wechatLogin", this::wechatLogin);
    }

    private static JsonObject body(RoutingContext rc) {
        JsonObject input = rc.get(RequestValidation.INPUT);
        return input.getJsonObject("body", new JsonObject()).copy();
    }

    private void login(RoutingContext rc, String action, JsonObject input) {
        Caller anonymous = AccessGuard.caller(rc);
        input.put("refreshTtlSeconds", jwt.refreshTtl().toSeconds());
        core.call(WebAddresses.IDENTITY, action, anonymous, input)
                .onFailure(rc::fail)
                .onSuccess(account -> Responses.json(rc, 200, tokenResponse(account, anonymous.remoteAddress())));
    }

    private JsonObject tokenResponse(JsonObject account, String remoteAddress) {
        Set<String> perms = new HashSet<>();
        account.getJsonArray("permissions", new JsonArray()).forEach(p -> perms.add(String.valueOf(p)));
        Caller caller = new Caller(Caller.Kind.valueOf(account.getString("kind")), account.getLong("userId"),
                account.getLong("tenantId"), Set.copyOf(perms), remoteAddress);
        JsonObject view = account.copy();
        view.remove("refreshToken");
        return new JsonObject()
                .put("accessToken", tokens.issue(caller))
                .put("tokenType", "Bearer")
                .put("expiresIn", tokens.accessTtlSeconds())
                .put("refreshToken", account.getString("refreshToken"))
                .put("account", view);
    }

    private void logout(RoutingContext rc) {
        core.call(WebAddresses.IDENTITY, "identity.logout", AccessGuard.caller(rc), body(rc))
                .onFailure(rc::fail)
                .onSuccess(v -> Responses.json(rc, 204, null));
    }

    private void smsCode(RoutingContext rc) {
        JsonObject input = body(rc);
        core.call(WebAddresses.IDENTITY, "identity.sms-issue", AccessGuard.caller(rc), input)
                .compose(issued -> sms.send(input.getString("phone"), issued.getString("code"))
                        .map(v -> new JsonObject().put("ttlSeconds", issued.getLong("ttlSeconds"))))
                .onFailure(rc::fail)
                .onSuccess(reply -> Responses.json(rc, 202, reply));
    }

    private void wechatLogin(RoutingContext rc) {
        JsonObject input = body(rc);
        WechatSettings.App app = wechatSettings.app(input.getString("appId")).orElse(null);
        if (app == null) {
            rc.fail(new PlatformException(ErrorCode.NOT_FOUND, "no mini-program with this appId is served here"));
            return;
        }
        Future<JsonObject> account = wechat.exchange(app, input.getString("code"))
                .map(session -> new JsonObject().put("tenantId", app.tenantId()).put("openId", session.openId())
                        .put("unionId", session.unionId()).put("phone", input.getString("phone"))
                        .put("smsCode", input.getString("smsCode")));
        account.onFailure(rc::fail).onSuccess(identity -> login(rc, "identity.wechat-login", identity));
    }
}
