package io.chargeway.web.auth.wechat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * WeChat mini-program login: the API base URL and the mini-programs this platform serves. Each
 * operator (tenant) has its own mini-program, so the app id tells which tenant a driver joins.
 *
 * @param baseUrl the WeChat API base, {@code https://api.weixin.qq.com} in production
 * @param apps    the mini-programs
 */
public record WechatSettings(String baseUrl, List<App> apps) {

    /**
     * One mini-program.
     *
     * @param appId      its app id
     * @param secret     its app secret (never logged)
     * @param tenantId   the operator it belongs to
     */
    public record App(String appId, String secret, long tenantId) {
    }

    /**
     * Reads {@code web.wechat}; a single app may also be given flat as {@code appId}, {@code secret}, {@code tenantId}.
     *
     * @throws IllegalArgumentException when an app lacks a field
     */
    public static WechatSettings fromJson(JsonObject json) {
        List<App> apps = new ArrayList<>();
        JsonArray list = json.getJsonArray("apps", new JsonArray());
        if (json.containsKey("appId")) {
            list = list.copy().add(json);
        }
        for (Object o : list) {
            JsonObject a = (JsonObject) o;
            if (a.getString("appId") == null || a.getString("secret") == null || a.getLong("tenantId") == null) {
                throw new IllegalArgumentException("web.wechat apps need appId, secret and tenantId");
            }
            App app = new App(a.getString("appId"), a.getString("secret"), a.getLong("tenantId"));
            apps.add(app);
        }
        return new WechatSettings(json.getString("baseUrl", "https://api.weixin.qq.com"), List.copyOf(apps));
    }

    /** The app with this id, if configured. */
    public Optional<App> app(String appId) {
        return apps.stream().filter(a -> a.appId().equals(appId)).findFirst();
    }
}
