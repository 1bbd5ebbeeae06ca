package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

/**
 * A driver's favourite stations and fault reports with photos over real HTTP against the
 * {@code all} role: favourites show live station summaries and only of the driver's operator;
 * photos are recognised from their bytes, limited in size and number, stored once, read back by
 * the operator's admins with safe headers; admins list and close reports.
 */
class FaultReportsIT {

    private static final int PHOTO_LIMIT = 65_536;
    private static Vertx fakes;
    private static FakeAliyunSms sms;
    private static AllRoleStack stack;
    private static long station;

    @BeforeAll
    static void start() {
        fakes = Vertx.vertx();
        sms = FakeAliyunSms.start(fakes);
        stack = AllRoleStack.start("web_faults", new JsonObject().put("sms", sms.smsConfig()).put("photoMaxBytes", PHOTO_LIMIT));
        station = AllRoleStack.await(stack.pool.query("SELECT id FROM stations WHERE name = 'Demo Station'").execute()).iterator().next()
                .getLong(0);
    }

    @AfterAll
    static void stop() {
        stack.close();
        AllRoleStack.await(fakes.close());
    }

    /** A real PNG image of {@code side} x {@code side} pixels of noise (about 3 bytes a pixel). */
    static byte[] png(int side) {
        return image(side, "png", 7);
    }

    /** A real JPEG image. */
    static byte[] jpeg(int side) {
        return image(side, "jpg", 11);
    }

    private static byte[] image(int side, String format, long seed) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed + side);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                img.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static String driver(String phone) {
        return DriverApiIT.smsLogin(stack, sms, phone).getString("accessToken");
    }

    @Test
    void aDriverKeepsFavouriteStationsOfHisOperatorWithTheirLiveSummary() {
        String token = driver("13500000001");
        ok(stack.call(PUT, "/api/v1/favourites/" + station, token, null), 200);
        ok(stack.call(PUT, "/api/v1/favourites/" + station, token, null), 200);
        JsonArray items = ok(stack.call(GET, "/api/v1/favourites", token, null), 200).getJsonArray("items");
        assertThat(items).hasSize(1);
        assertThat(items.getJsonObject(0).getLong("id")).isEqualTo(station);
        assertThat(items.getJsonObject(0).getBoolean("available")).isTrue();
        assertThat(items.getJsonObject(0).getInteger("totalGuns")).isEqualTo(16);

        String otherOperator = stack.driverToken(1, 999_999);
        assertThat(stack.call(PUT, "/api/v1/favourites/" + station, otherOperator, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(PUT, "/api/v1/favourites/999999", token, null).statusCode()).isEqualTo(404);

        assertThat(ok(stack.call(DELETE, "/api/v1/favourites/" + station, token, null), 200).getBoolean("favourite")).isFalse();
        assertThat(ok(stack.call(GET, "/api/v1/favourites", token, null), 200).getJsonArray("items")).isEmpty();
    }

    @Test
    void aFaultReportTakesRecognisedPhotosWithinItsLimitsAndTheOperatorClosesIt() {
        String token = driver("13500000002");
        JsonObject report = ok(stack.call(POST, "/api/v1/fault-reports", token, new JsonObject().put("stationId", station)
                .put("pileNo", "32010600019001").put("gunNo", 2).put("category", "CANNOT_START")
                .put("description", "screen black, gun locked")), 201);
        String photos = "/api/v1/fault-reports/" + report.getLong("id") + "/photos";
        byte[] jpeg = jpeg(40);
        JsonObject first = ok(stack.upload(photos, token, jpeg), 201);
        assertThat(first.getString("contentType")).isEqualTo("image/jpeg");
        assertThat(ok(stack.upload(photos, token, jpeg), 201).getLong("id")).isEqualTo(first.getLong("id"));
        assertThat(ok(stack.upload(photos, token, png(30)), 201).getString("contentType")).isEqualTo("image/png");

        HttpResponse<Buffer> script = stack.upload(photos, token, "<html><script>alert(1)</script></html>                "
                .getBytes(StandardCharsets.UTF_8));
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(stack.upload(photos, token, png(200)).statusCode()).isEqualTo(413);
        assertThat(stack.call(POST, photos, token, new JsonObject().put("photo", "aGVsbG8=")).statusCode()).isEqualTo(400);
        ok(stack.upload(photos, token, png(31)), 201);
        ok(stack.upload(photos, token, png(32)), 201);
        HttpResponse<Buffer> fifth = stack.upload(photos, token, png(33));
        assertThat(fifth.statusCode()).isEqualTo(409);
        assertThat(fifth.bodyAsJsonObject().getString("message")).contains("at most 4 photos");

        String otherDriver = driver("13500000003");
        assertThat(stack.call(GET, "/api/v1/fault-reports/" + report.getLong("id"), otherDriver, null).statusCode()).isEqualTo(404);
        assertThat(stack.upload(photos, otherDriver, png(34)).statusCode()).isEqualTo(404);

        String root = stack.rootToken();
        String tenant = "?tenantId=" + stack.demoTenantId();
        JsonArray open = ok(stack.call(GET, "/api/v1/admin/fault-reports" + tenant + "&state=OPEN&stationId=" + station, root, null), 200)
                .getJsonArray("items");
        assertThat(open.stream().map(o -> ((JsonObject) o).getLong("id"))).contains(report.getLong("id"));
        JsonObject detail = ok(stack.call(GET, "/api/v1/admin/fault-reports/" + report.getLong("id"), root, null), 200);
        assertThat(detail.getJsonArray("photos")).hasSize(4);
        assertThat(detail.getString("pileNo")).isEqualTo("32010600019001");

        HttpResponse<Buffer> image = stack.call(GET, "/api/v1/admin/fault-reports/" + report.getLong("id") + "/photos/"
                + first.getLong("id"), root, null);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(image.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(image.body().getBytes()).isEqualTo(jpeg);

        String close = "/api/v1/admin/fault-reports/" + report.getLong("id") + "/close";
        JsonObject closed = ok(stack.call(POST, close, root, new JsonObject().put("resolution", "gun lock replaced")), 200);
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(stack.call(POST, close, root, new JsonObject().put("resolution", "again")).statusCode()).isEqualTo(409);
        assertThat(stack.upload(photos, token, png(35)).statusCode()).isEqualTo(409);
        JsonObject seenByDriver = ok(stack.call(GET, "/api/v1/fault-reports/" + report.getLong("id"), token, null), 200);
        assertThat(seenByDriver.getString("resolution")).isEqualTo("gun lock replaced");
        assertThat(ok(stack.call(GET, "/api/v1/fault-reports", token, null), 200).getJsonArray("items")).hasSize(1);
    }

    @Test
    void aReportNamesAStationOfTheDriversOperatorAndAPileOfThatStation() {
        String token = driver("13500000004");
        JsonObject wrongPile = new JsonObject().put("stationId", station).put("pileNo", "99999999999999").put("category", "OTHER")
                .put("description", "x");
        assertThat(stack.call(POST, "/api/v1/fault-reports", token, wrongPile).statusCode()).isEqualTo(404);
        JsonObject gunWithoutPile = new JsonObject().put("stationId", station).put("gunNo", 1).put("category", "OTHER")
                .put("description", "x");
        assertThat(stack.call(POST, "/api/v1/fault-reports", token, gunWithoutPile).statusCode()).isEqualTo(400);
        HttpResponse<Buffer> badCategory = stack.call(POST, "/api/v1/fault-reports", token, new JsonObject().put("stationId", station)
                .put("category", "ALIENS").put("description", "x"));
        assertThat(badCategory.statusCode()).isEqualTo(400);
        assertThat(badCategory.bodyAsJsonObject().getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("body.category");
    }
}
