package io.chargeway.infra.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends one Redis command in RESP over a plain socket and returns the reply's first value line. */
final class RespProbe {

    private RespProbe() {
    }

    static String command(int port, String... args) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("*").append(args.length).append("\r\n");
            for (String arg : args) {
                request.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String first = in.readLine();
            // A bulk string ($<len>) carries its value on the next line; +OK, :1 and -ERR carry it inline.
            return first.startsWith("$") && !first.equals("$-1") ? in.readLine() : first;
        }
    }
}
