package io.chargeway.contract.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * The direct mapping gives what Jackson gives, for every record of the bus contract: the same map
 * (value types and key order included) when writing, the same record when reading, and, for input
 * that does not fit, either the same record or a hand-over to Jackson, never a different answer.
 * Records are built at random from their components' types.
 */
class RecordJsonTest {

    private static final ObjectMapper JACKSON = BusJson.mapper();
    private static final List<Class<?>> RECORDS = contractRecords();

    @Example
    void everyRecordOnTheBusIsMappedDirectlyButTheOneCarryingAFreeJsonObject() {
        List<Class<?>> left = RECORDS.stream().filter(c -> !RecordJson.maps(c)).toList();

        assertThat(RECORDS).hasSizeGreaterThan(50);
        assertThat(left).containsExactly(WebRequest.class);
        assertThat(RecordJson.maps(PileEvent.class)).isTrue();
    }

    @Example
    void everyMappedRecordCanBeDrawnAtRandom() {
        for (Class<?> type : RECORDS.stream().filter(RecordJson::maps).toList()) {
            long drawn = java.util.stream.LongStream.range(0, 20).mapToObj(seed -> new Values(new Random(seed)).record(type))
                    .filter(java.util.Objects::nonNull).count();
            assertThat(drawn).as("records of %s drawn", type.getSimpleName()).isGreaterThan(5);
        }
    }

    @Property(tries = 2000)
    void writesTheMapJacksonWrites(@ForAll("records") Class<?> type, @ForAll long seed) {
        Object value = new Values(new Random(seed)).record(type);
        if (value == null) {
            return;
        }
        Map<String, Object> jackson = jacksonMap(value);

        Map<String, Object> direct = RecordJson.toMap(value);

        assertThat(direct).isEqualTo(jackson);
        assertThat(Json.encode(direct)).isEqualTo(Json.encode(jackson));
        assertThat(BusJson.encode(new JsonObject(direct))).isEqualTo(new JsonObject(jackson).encode());
    }

    @Property(tries = 2000)
    void readsTheRecordJacksonReads(@ForAll("records") Class<?> type, @ForAll long seed) {
        Object value = new Values(new Random(seed)).record(type);
        if (value == null) {
            return;
        }
        Map<String, Object> map = jacksonMap(value);

        assertThat(RecordJson.fromMap(map, type)).isEqualTo(JACKSON.convertValue(map, type)).isEqualTo(value);
        assertThat(BusJson.fromJson(new JsonObject(map), type)).isEqualTo(value);
    }

    @Property(tries = 3000)
    void inputThatDoesNotFitIsReadAsJacksonReadsItOrHandedToJackson(@ForAll("records") Class<?> type, @ForAll long seed) {
        Random random = new Random(seed);
        Values values = new Values(random);
        Object value = values.record(type);
        if (value == null) {
            return;
        }
        Map<String, Object> map = jacksonMap(value);
        values.spoil(map);

        Object jackson;
        try {
            jackson = JACKSON.convertValue(map, type);
        } catch (IllegalArgumentException e) {
            jackson = e;
        }
        Object direct;
        try {
            direct = RecordJson.fromMap(map, type);
        } catch (RecordJson.Unfit e) {
            direct = e;
        }

        if (!(direct instanceof RecordJson.Unfit)) {
            assertThat(direct).as("read directly from %s", map).isEqualTo(jackson);
        }
        if (jackson instanceof IllegalArgumentException) {
            assertThatThrownBy(() -> BusJson.fromJson(new JsonObject(map), type)).isInstanceOf(PlatformException.class);
        } else {
            assertThat(BusJson.fromJson(new JsonObject(map), type)).isEqualTo(jackson);
        }
    }

    @Example
    void aLiveSampleReadsAndWritesWithItsTypeAndVersion() {
        LiveSample sample = new LiveSample("32010600019236", 7, 1, "32010600019236012011221800000001",
                io.chargeway.contract.event.GunStatus.CHARGING, true, "NO", 3800, 1200, 35, 60, 30, 12, 40, 123_456, 123_000,
                98_765, List.of("INSULATION"), Instant.parse("2026-11-23T08:00:00.120Z"));

        Map<String, Object> map = RecordJson.toMap(sample);

        assertThat(map).containsEntry("type", "pile.live-sample").containsEntry("version", 1)
                .containsEntry("energyDeciWh", 123_456L).containsEntry("at", "2026-11-23T08:00:00.120Z");
        assertThat(RecordJson.fromMap(map, PileEvent.class)).isEqualTo(sample);
    }

    @Provide
    Arbitrary<Class<?>> records() {
        return Arbitraries.of(RECORDS.stream().filter(RecordJson::maps).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jacksonMap(Object value) {
        return JACKSON.convertValue(value, LinkedHashMap.class);
    }

    /** Every record class of the contract (outside this package, which holds the mapping itself). */
    private static List<Class<?>> contractRecords() {
        try {
            Path root = Path.of(BusJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                List<Class<?>> out = new ArrayList<>();
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name);
                    if (c.isRecord() && java.lang.reflect.Modifier.isPublic(c.getModifiers())
                            && !c.getPackageName().equals(BusJson.class.getPackageName())) {
                        out.add(c);
                    }
                }
                return out;
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the contract's classes", e);
        }
    }

    /** Random values of the contract's field types; half the time small ones, which pass the records' own checks. */
    private static final class Values {

        private final Random random;
        private boolean tame;

        Values(Random random) {
            this.random = random;
        }

        Object record(Class<?> type) {
            for (int attempt = 0; attempt < 40; attempt++) {
                tame = attempt % 2 == 1;
                try {
                    RecordComponent[] components = type.getRecordComponents();
                    Class<?>[] types = new Class<?>[components.length];
                    Object[] args = new Object[components.length];
                    for (int i = 0; i < components.length; i++) {
                        types[i] = components[i].getType();
                        args[i] = value(components[i].getGenericType());
                    }
                    Constructor<?> constructor = type.getDeclaredConstructor(types);
                    return constructor.newInstance(args);
                } catch (InvocationTargetException e) {
                    // the record refused these values; draw again
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        }

        Object value(Type type) {
            if (type instanceof ParameterizedType p) {
                Type raw = p.getRawType();
                if (raw == Map.class) {
                    return random.nextInt(6) == 0 ? null : freeMap(2);
                }
                if (!tame && random.nextInt(8) == 0) {
                    return null;
                }
                Type element = p.getActualTypeArguments()[0];
                int size = tame ? new int[] {0, 1, 4, 48}[random.nextInt(4)] : random.nextInt(5);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    list.add(value(element));
                }
                return raw == java.util.Set.class ? new HashSet<>(list) : list;
            }
            Class<?> c = (Class<?>) type;
            if (c == int.class) {
                return tame ? random.nextInt(4) : pick(random.nextInt(), 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
            } else if (c == long.class) {
                return tame ? (long) random.nextInt(4) : pick(random.nextLong(), 0L, Long.MAX_VALUE, (long) random.nextInt());
            } else if (c == boolean.class) {
                return random.nextBoolean();
            }
            if (!tame && random.nextInt(8) == 0) {
                return null;
            }
            if (c == String.class) {
                return pick("", "32010600019236", "充电桩 #1 \"quoted\"", Long.toString(random.nextLong()));
            } else if (c == Integer.class) {
                return tame ? random.nextInt(4) : random.nextInt(100);
            } else if (c == Long.class) {
                return random.nextLong();
            } else if (c == Boolean.class) {
                return random.nextBoolean();
            } else if (c == Instant.class) {
                return Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), pick(0, 120_000_000, random.nextInt(1_000_000_000)));
            } else if (c.isEnum()) {
                Object[] constants = c.getEnumConstants();
                return constants[random.nextInt(constants.length)];
            } else if (c.isRecord()) {
                return record(c);
            } else if (c.isSealed()) {
                Class<?>[] permitted = c.getPermittedSubclasses();
                return record(permitted[random.nextInt(permitted.length)]);
            }
            throw new IllegalStateException("no values for " + c);
        }

        private Map<String, Object> freeMap(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                map.put("k" + i, freeValue(depth));
            }
            return map;
        }

        private Object freeValue(int depth) {
            return switch (random.nextInt(depth > 0 ? 8 : 6)) {
                case 0 -> null;
                case 1 -> "text";
                case 2 -> random.nextInt();
                case 3 -> random.nextLong();
                case 4 -> random.nextDouble();
                case 5 -> random.nextBoolean();
                case 6 -> freeMap(depth - 1);
                default -> new ArrayList<>(List.of(random.nextInt(), "x"));
            };
        }

        /** Changes one property of a record's map into something Jackson would have to coerce, reject or ignore. */
        void spoil(Map<String, Object> map) {
            if (map.isEmpty()) {
                return;
            }
            List<String> keys = new ArrayList<>(map.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            Object replacement = switch (random.nextInt(11)) {
                case 0 -> null;
                case 1 -> "12";
                case 2 -> "not a number";
                case 3 -> 12.5d;
                case 4 -> 7.0d;
                case 5 -> Long.MAX_VALUE;
                case 6 -> true;
                case 7 -> new LinkedHashMap<>(Map.of("a", 1));
                case 8 -> new ArrayList<>(List.of(1, "two"));
                case 9 -> "2026-11-23T08:00:00+08:00";
                default -> 3;
            };
            if (random.nextInt(6) == 0) {
                map.remove(key);
            } else if (random.nextInt(6) == 0) {
                map.put("addedLater", replacement);
            } else {
                map.put(key, replacement);
            }
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
