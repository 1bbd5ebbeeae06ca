package io.chargeway.web.auth.wechat;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges a mini-program login code for the user's session over the WeChat wire format:
 * {@code GET /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code}, answered
 * with {@code {"openid","session_key","unionid"}} or {@code {"errcode","errmsg"}} (WeChat sends
 * JSON with a {@code text/plain} content type, so the body is parsed whatever the header says).
 */
public final class WechatLoginClient {

    private static final Logger LOG = LoggerFactory.getLogger(WechatLoginClient.class);

    private final WebClient client;
    private final WechatSettings settings;

    /** A client for the configured base URL. */
    public WechatLoginClient(WebClient client, WechatSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * The session for a login code from mini-program {@code app}.
     *
     * @return the session; fails with {@code UNAUTHORIZED} when WeChat rejects the code (invalid,
     *         used or expired: errcode 40029, 40163, ...), {@code UNAVAILABLE} when WeChat cannot be
     *         reached, is busy (errcode -1) or answers something else
     */
    public Future<WechatSession> exchange(WechatSettings.App app, String jsCode) {
        return client.getAbs(settings.baseUrl() + "/sns/jscode2session")
                .addQueryParam("appid", app.appId())
                .addQueryParam("secret", app.secret())
                .addQueryParam("js_code", jsCode)
                .addQueryParam("grant_type", "authorization_code")
                .send()
                .recover(e -> Future.failedFuture(new PlatformException(ErrorCode.UNAVAILABLE,
                        "WeChat unreachable: " + e.getMessage(), e)))
                .compose(response -> session(app, response));
    }

    private Future<WechatSession> session(WechatSettings.App app, HttpResponse<Buffer> response) {
        JsonObject body;
        try {
            body = response.body() == null ? null : new JsonObject(response.body());
        } catch (DecodeException e) {
            body = null;
        }
        if (response.statusCode() != 200 || body == null) {
            return Future.failedFuture(new PlatformException(ErrorCode.UNAVAILABLE, "WeChat answered HTTP " + response.statusCode()));
        }
        int errcode = body.getInteger("errcode", 0);
        if (errcode == 0 && body.getString("openid") != null) {
            return Future.succeededFuture(new WechatSession(body.getString("openid"), body.getString("unionid"),
                    body.getString("session_key")));
        }
        LOG.info("WeChat refused a login code [app: {}, errcode: {}, errmsg: {}]", app.appId(), errcode, body.getString("errmsg"));
        ErrorCode code = errcode == -1 || errcode == 45011 ? ErrorCode.UNAVAILABLE : ErrorCode.UNAUTHORIZED;
        return Future.failedFuture(new PlatformException(code, "WeChat login failed: " + errcode + " " + body.getString("errmsg")));
    }
}
