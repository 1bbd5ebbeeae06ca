package io.chargeway.web.docs;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the OpenAPI document at {@code /api/openapi.yaml} and browsable docs (Swagger UI from
 * its WebJar, pointed at that document) at {@code /api/docs/}.
 */
public final class ApiDocsRoutes {

    private static final String SWAGGER_WEBJAR = "META-INF/resources/webjars/swagger-ui/5.20.0";

    private ApiDocsRoutes() {
    }

    /** Mounts the document (its text as read at start) and the docs on {@code router}. */
    public static void mount(Router router, Buffer openApiYaml) {
        router.get("/api/openapi.yaml").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/yaml; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(openApiYaml));
        router.get("/api/docs").handler(rc -> {
            if (rc.request().path().endsWith("/")) {
                rc.next();
            } else {
                rc.redirect("/api/docs/");
            }
        });
        router.route("/api/docs/*").handler(StaticHandler.create("webroot/api-docs").setIndexPage("index.html"));
        router.route("/api/docs/*").handler(StaticHandler.create(SWAGGER_WEBJAR));
    }
}
