package io.chargeway.launcher;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonObject;

/** What a newcomer needs to see once the platform is up: what runs, and where to look. */
final class StartupBanner {

    private StartupBanner() {
    }

    static String render(Role role, boolean clustered, JsonObject config, List<String> infra, String simulation) {
        String host = config.getJsonObject("platform", new JsonObject()).getString("publicHost", "127.0.0.1");
        JsonObject edge = config.getJsonObject("edge", new JsonObject());
        JsonObject edgeHttp = edge.getJsonObject("http", new JsonObject());
        JsonObject web = config.getJsonObject("web", new JsonObject());
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Chargeway is running [role: " + role.label() + ", cluster: " + (clustered ? "hazelcast" : "no") + "]");
        if (role.runsEdge()) {
            lines.add(String.format("  piles connect to       %s:%d (YKC V1.6 over TCP)", host, edge.getInteger("port", 8767)));
            lines.add(String.format("  edge health            http://%s:%d/health", host, edgeHttp.getInteger("port", 8081)));
            lines.add(String.format("  edge metrics           http://%s:%d/metrics", host, edgeHttp.getInteger("port", 8081)));
        }
        if (role.runsWeb()) {
            lines.add(String.format("  web API                http://%s:%d/api/v1", host, web.getInteger("port", 8080)));
            lines.add(String.format("  API docs               http://%s:%d/api/docs", host, web.getInteger("port", 8080)));
        }
        for (String line : infra) {
            lines.add("  " + line);
        }
        if (simulation != null) {
            lines.add("  " + simulation);
        }
        lines.add("  decode a pile log line scripts/ykc decode <hex>");
        lines.add("Stop with Ctrl-C.");
        return String.join(System.lineSeparator(), lines);
    }
}
