package io.chargeway.sim;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import io.chargeway.ykc.frame.FrameType;

/**
 * Frames counted by type in a few ints: a pile uses a handful of types, so the counts live in a
 * small array of {@code (code, count)} pairs that grows on demand instead of a 256-slot table.
 * Written on the pile's event loop; read from any thread (a reader may see a slightly old count).
 */
final class FrameCounts {

    private static final int[] EMPTY = new int[0];

    private volatile int[] pairs = EMPTY;

    void increment(int code) {
        int[] p = pairs;
        for (int i = 0; i < p.length; i += 2) {
            if (p[i] == code) {
                p[i + 1]++;
                return;
            }
        }
        int[] grown = Arrays.copyOf(p, p.length + 2);
        grown[p.length] = code;
        grown[p.length + 1] = 1;
        pairs = grown;
    }

    int get(int code) {
        int[] p = pairs;
        for (int i = 0; i < p.length; i += 2) {
            if (p[i] == code) {
                return p[i + 1];
            }
        }
        return 0;
    }

    int total() {
        int[] p = pairs;
        int sum = 0;
        for (int i = 1; i < p.length; i += 2) {
            sum += p[i];
        }
        return sum;
    }

    Map<FrameType, Integer> snapshot() {
        int[] p = pairs;
        Map<FrameType, Integer> map = new EnumMap<>(FrameType.class);
        for (int i = 0; i < p.length; i += 2) {
            FrameType type = FrameType.find(p[i]);
            if (type != null) {
                map.put(type, p[i + 1]);
            }
        }
        return map;
    }
}
