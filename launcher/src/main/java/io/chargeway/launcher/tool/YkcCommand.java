package io.chargeway.launcher.tool;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.json.FrameInspector;
import io.chargeway.ykc.json.FrameJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chargeway ykc decode|encode}: the field engineer's tool for pile logs. Decode prints each
 * frame as JSON and exits 0, or says exactly what is wrong and exits 1.
 */
@Command(name = "ykc", description = "Decode and encode YKC V1.6 frames (for reading pile logs).",
        mixinStandardHelpOptions = true, subcommands = {YkcCommand.Decode.class, YkcCommand.Encode.class})
public final class YkcCommand {

    /** {@code ykc decode <HEX>}. */
    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = {"Decode one or more frames given as hex and print them as JSON.",
                "Whitespace, commas and 0x prefixes are ignored. Exit 0 when every byte formed a valid frame, 1 otherwise."})
    static final class Decode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "HEX",
                description = "the frame bytes, e.g. 68 0C 00 00 00 02 03 61 00 20 01 10 13 00 C1 7F")
        String[] hex;

        @Option(names = "--pretty", description = "indent the JSON")
        boolean pretty;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            FrameInspector.Inspection result = FrameInspector.decode(String.join(" ", hex));
            for (ObjectNode frame : result.frames()) {
                out.println(FrameJson.write(frame, pretty));
            }
            for (String problem : result.problems()) {
                err.println("bad frame: " + problem);
            }
            out.flush();
            err.flush();
            return result.ok() ? 0 : 1;
        }
    }

    /** {@code ykc encode <TYPE> <JSON>}. */
    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = {"Build a frame from its fields and print it as hex.",
                "JSON is the \"fields\" object that decode prints (or decode's whole output)."})
    static final class Encode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TYPE", description = "frame type: 0x3B, 3B or TRANSACTION_RECORD")
        String type;

        @Parameters(index = "1", paramLabel = "JSON", description = "the fields as a JSON object")
        String json;

        @Option(names = "--seq", defaultValue = "0", description = "sequence number (default ${DEFAULT-VALUE})")
        int sequence;

        @Option(names = "--crc-order", defaultValue = "low-first", description = "low-first (standard) or high-first")
        String crcOrder;

        @Override
        public Integer call() {
            try {
                byte[] frame = FrameInspector.encode(FrameType.parse(type), json, sequence, CrcOrder.fromLabel(crcOrder));
                spec.commandLine().getOut().println(FrameInspector.hex(frame));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("cannot encode: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
