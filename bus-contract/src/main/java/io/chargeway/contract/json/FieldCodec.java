package io.chargeway.contract.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * How one JSON value maps to one Java type, for {@link RecordJson}: text, whole numbers, booleans,
 * instants, enums, lists and sets, free-form maps, and (through {@link RecordJson}) records.
 * {@code encode} and {@code decode} see no nulls; {@code decode} throws {@link RecordJson.Unfit}
 * for a value that does not fit exactly.
 */
interface FieldCodec {

    /** The JSON value of a Java value, as Jackson would put it into a map. */
    Object encode(Object value);

    /** The Java value of a JSON value. */
    Object decode(Object raw);

    /** What a missing or null value becomes. */
    default Object absent() {
        return null;
    }

    /** The codec of a field or element type, or null when the type is left to Jackson. */
    static FieldCodec of(Type type) {
        if (type instanceof Class<?> c) {
            return of(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if ((raw == List.class || raw == Collection.class) && args.length == 1) {
                FieldCodec element = of(args[0]);
                return element == null ? null : new ListCodec(element, false);
            }
            if (raw == Set.class && args.length == 1) {
                FieldCodec element = of(args[0]);
                return element == null ? null : new ListCodec(element, true);
            }
            if (raw == Map.class && args.length == 2 && args[0] == String.class && args[1] == Object.class) {
                return FreeForm.CODEC;
            }
        }
        return null;
    }

    private static FieldCodec of(Class<?> c) {
        if (c == String.class) {
            return Scalar.STRING;
        } else if (c == int.class) {
            return Scalar.INT;
        } else if (c == Integer.class) {
            return Scalar.BOXED_INT;
        } else if (c == long.class) {
            return Scalar.LONG;
        } else if (c == Long.class) {
            return Scalar.BOXED_LONG;
        } else if (c == boolean.class) {
            return Scalar.BOOLEAN;
        } else if (c == Boolean.class) {
            return Scalar.BOXED_BOOLEAN;
        } else if (c == Instant.class) {
            return Scalar.INSTANT;
        } else if (c.isEnum()) {
            return EnumCodec.of(c);
        } else if (c.isRecord() || c.isInterface()) {
            return RecordJson.shapeOf(c);
        }
        return null;
    }

    enum Scalar implements FieldCodec {
        STRING {
            @Override
            public Object decode(Object raw) {
                return raw instanceof String ? raw : RecordJson.unfit();
            }
        },
        INT {
            @Override
            public Object decode(Object raw) {
                return toInt(raw);
            }

            @Override
            public Object absent() {
                return 0;
            }
        },
        BOXED_INT {
            @Override
            public Object decode(Object raw) {
                return toInt(raw);
            }
        },
        LONG {
            @Override
            public Object decode(Object raw) {
                return toLong(raw);
            }

            @Override
            public Object absent() {
                return 0L;
            }
        },
        BOXED_LONG {
            @Override
            public Object decode(Object raw) {
                return toLong(raw);
            }
        },
        BOOLEAN {
            @Override
            public Object decode(Object raw) {
                return raw instanceof Boolean ? raw : RecordJson.unfit();
            }

            @Override
            public Object absent() {
                return false;
            }
        },
        BOXED_BOOLEAN {
            @Override
            public Object decode(Object raw) {
                return raw instanceof Boolean ? raw : RecordJson.unfit();
            }
        },
        /** As Vert.x's Jackson module writes and reads instants: ISO-8601 text. */
        INSTANT {
            @Override
            public Object encode(Object value) {
                return IsoInstants.format((Instant) value);
            }

            @Override
            public Object decode(Object raw) {
                if (raw instanceof String text) {
                    try {
                        return IsoInstants.parse(text);
                    } catch (DateTimeException e) {
                        return RecordJson.unfit();
                    }
                }
                return RecordJson.unfit();
            }
        };

        @Override
        public Object encode(Object value) {
            return value;
        }

        private static Object toInt(Object raw) {
            if (raw instanceof Integer) {
                return raw;
            }
            if ((raw instanceof Long || raw instanceof Short || raw instanceof Byte)
                    && ((Number) raw).longValue() == ((Number) raw).intValue()) {
                return ((Number) raw).intValue();
            }
            return RecordJson.unfit();
        }

        private static Object toLong(Object raw) {
            if (raw instanceof Long) {
                return raw;
            }
            if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
                return ((Number) raw).longValue();
            }
            return RecordJson.unfit();
        }
    }

    /** An enum by its constants' names, as Jackson maps one that carries no Jackson annotation. */
    record EnumCodec(Map<String, Object> byName) implements FieldCodec {

        static EnumCodec of(Class<?> type) {
            if (JacksonAnnotations.hasJacksonAnnotation(type)
                    || Arrays.stream(type.getDeclaredFields()).anyMatch(JacksonAnnotations::hasJacksonAnnotation)
                    || Arrays.stream(type.getDeclaredMethods()).anyMatch(JacksonAnnotations::hasJacksonAnnotation)) {
                return null;
            }
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return new EnumCodec(byName);
        }

        @Override
        public Object encode(Object value) {
            return ((Enum<?>) value).name();
        }

        @Override
        public Object decode(Object raw) {
            Object constant = raw instanceof String name ? byName.get(name) : null;
            return constant != null ? constant : RecordJson.unfit();
        }
    }

    /** A list or set: a JSON array; read back as Jackson's defaults, an {@link ArrayList} or a {@link HashSet}. */
    record ListCodec(FieldCodec element, boolean set) implements FieldCodec {

        @Override
        public Object encode(Object value) {
            Collection<?> values = (Collection<?>) value;
            List<Object> out = new ArrayList<>(values.size());
            for (Object v : values) {
                out.add(v == null ? null : element.encode(v));
            }
            return out;
        }

        @Override
        public Object decode(Object raw) {
            List<?> values = raw instanceof JsonArray array ? array.getList() : raw instanceof List<?> list ? list : null;
            if (values == null) {
                return RecordJson.unfit();
            }
            Collection<Object> out = set ? new HashSet<>() : new ArrayList<>(values.size());
            for (Object v : values) {
                out.add(v == null ? element.absent() : element.decode(v));
            }
            return out;
        }
    }

    /**
     * A {@code Map<String, Object>} of plain JSON values: text, whole numbers, doubles, booleans,
     * nested maps and lists, copied as Jackson copies them (maps as {@link LinkedHashMap}, lists as
     * {@link ArrayList}). Anything else is left to Jackson.
     */
    final class FreeForm implements FieldCodec {

        static final FreeForm CODEC = new FreeForm();

        @Override
        public Object encode(Object value) {
            return copy(value);
        }

        @Override
        public Object decode(Object raw) {
            return raw instanceof Map || raw instanceof JsonObject ? copy(raw) : RecordJson.unfit();
        }

        private static Object copy(Object value) {
            if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean) {
                return value;
            }
            Object v = value instanceof JsonObject o ? o.getMap() : value instanceof JsonArray a ? a.getList() : value;
            if (v instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        return RecordJson.unfit();
                    }
                    out.put(key, copy(e.getValue()));
                }
                return out;
            }
            if (v instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                for (Object element : list) {
                    out.add(copy(element));
                }
                return out;
            }
            return RecordJson.unfit();
        }
    }
}
