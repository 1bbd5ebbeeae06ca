package io.chargeway.launcher.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import io.chargeway.launcher.Main;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine;

/** The field tool as a user runs it: arguments in, text and an exit code out. */
class YkcCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void decodePrintsTheFrameAsJsonAndExitsZero() {
        int code = run("ykc", "decode", "68 0C 00 00 00 02 03 61 00 20 01 10 13 00 C1 7F");

        assertThat(code).isZero();
        JsonObject json = new JsonObject(out.toString().trim());
        assertThat(json.getString("type")).isEqualTo("0x02");
        assertThat(json.getInteger("seq")).isZero();
        assertThat(json.getString("crcOrder")).isEqualTo("low-first");
        assertThat(json.getJsonObject("fields").getString("pileNo")).isEqualTo("03610020011013");
    }

    @Test
    void decodeOfABadCrcExitsOneAndSaysWhatWasExpected() {
        int code = run("ykc", "decode", "680C000000020361002001101300C17E");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("CRC expected 0x7FC1").contains("C1 7E");
    }

    @Test
    void encodeBuildsTheSameFrameFromItsFields() {
        int code = run("ykc", "encode", "0x02", "{\"pileNo\":\"03610020011013\",\"accepted\":true}");

        assertThat(code).isZero();
        assertThat(out.toString().trim()).isEqualTo("68 0C 00 00 00 02 03 61 00 20 01 10 13 00 C1 7F");
    }

    @Test
    void encodeNamesTheProblemWithBadJson() {
        int code = run("ykc", "encode", "LOGIN_RESPONSE", "{\"pileNo\":\"12345678901234567\",\"accepted\":true}");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("pile number");
    }
}
