package io.chargeway.web.it;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A local stand-in for Aliyun's SMS endpoint: answers {@code SendSms} with {@code "Code":"OK"} and
 * keeps the last code sent to each phone (from {@code TemplateParam}), so ITs can log in by SMS
 * over the real wire format. Signature checking is {@code OutsideLoginServicesIT}'s job.
 */
public final class FakeAliyunSms implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> codes = new ConcurrentHashMap<>();

    private FakeAliyunSms(Vertx vertx) throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> {
            Map<String, String> params = new ConcurrentHashMap<>();
            for (String pair : req.query().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            codes.put(params.get("PhoneNumbers"), new JsonObject(params.get("TemplateParam")).getString("code"));
            req.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("Code", "OK").put("BizId", "1").encode());
        }).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    }

    /** Starts a fake on a free port. */
    public static FakeAliyunSms start(Vertx vertx) {
        try {
            return new FakeAliyunSms(vertx);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The {@code web.sms} config pointing at this fake. */
    public JsonObject smsConfig() {
        return new JsonObject().put("provider", "aliyun").put("endpoint", "http://127.0.0.1:" + server.actualPort())
                .put("accessKeyId", "it").put("accessKeySecret", "it-secret").put("signName", "IT").put("templateCode", "SMS_1");
    }

    /** The last code sent to {@code phone}, or null. */
    public String lastCode(String phone) {
        return codes.get(phone);
    }

    @Override
    public void close() {
        server.close();
    }
}
