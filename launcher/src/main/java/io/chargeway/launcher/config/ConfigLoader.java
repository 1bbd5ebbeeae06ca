package io.chargeway.launcher.config;

import java.nio.file.Files;
import java.nio.file.Path;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Reads the platform configuration with vertx-config: {@code conf/application.json}, then the
 * role's own file ({@code conf/edge.json}, ...) if present, then environment variables and
 * system properties ({@link ConfigOverrides}). Later sources win, key by key.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * Loads the configuration.
     *
     * @param vertx   a Vert.x instance for the retriever
     * @param confDir the directory holding application.json
     * @param role    the role whose file is layered on top ({@code all} has none)
     * @return the merged configuration; fails with a message naming the file if a file is not valid JSON
     */
    public static Future<JsonObject> load(Vertx vertx, Path confDir, String role) {
        Path main = confDir.resolve("application.json");
        if (!Files.isRegularFile(main)) {
            return Future.failedFuture(new IllegalArgumentException("no configuration at " + main.toAbsolutePath()
                    + "; run from the repository root or pass --conf DIR"));
        }
        ConfigRetrieverOptions options = new ConfigRetrieverOptions().setScanPeriod(0).addStore(fileStore(main, false));
        Path roleFile = confDir.resolve(role + ".json");
        if (!"all".equals(role) && Files.isRegularFile(roleFile)) {
            options.addStore(fileStore(roleFile, true));
        }
        ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
        return retriever.getConfig()
                .map(config -> ConfigOverrides.apply(config, System.getenv(), System.getProperties()))
                .recover(err -> Future.failedFuture(new IllegalArgumentException(
                        "cannot read configuration from " + confDir.toAbsolutePath() + ": " + err.getMessage(), err)))
                .onComplete(ignored -> retriever.close());
    }

    private static ConfigStoreOptions fileStore(Path file, boolean optional) {
        return new ConfigStoreOptions().setType("file").setFormat("json").setOptional(optional)
                .setConfig(new JsonObject().put("path", file.toAbsolutePath().toString()));
    }
}
