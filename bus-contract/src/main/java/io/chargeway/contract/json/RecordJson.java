package io.chargeway.contract.json;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
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

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The bus's everyday payloads mapped without Jackson's general machinery: contract records, and
 * the sealed interfaces over them, to and from the maps inside {@link JsonObject}s, through method
 * handles looked up once per class. The result is what {@link BusJson}'s Jackson mapper gives,
 * value for value and type for type ({@code RecordJsonTest} compares the two over every contract
 * record). Two ways out keep it so:
 * <ul>
 * <li>a class whose shape this does not know (a field type, a Jackson annotation or a getter-like
 *     method it does not handle) has no mapping here, and always goes to Jackson;</li>
 * <li>a value that does not fit exactly (text where a number belongs, an unknown enum name or type
 *     id, a missing type id, a record constructor that refuses its arguments) throws
 *     {@link Unfit}, and the caller asks Jackson, which coerces it or names the problem.</li>
 * </ul>
 * Thread-safe: the mappings are immutable once built.
 */
final class RecordJson {

    /** The fast path declines a value; the caller asks Jackson. Carries no stack: it is not an error. */
    static final class Unfit extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final Unfit INSTANCE = new Unfit();

        private Unfit() {
            super("left to Jackson", null, false, false);
        }
    }

    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson";
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    /** Classes whose shape is being worked out on this thread, so that a type containing itself is declined. */
    private static final ThreadLocal<Set<Class<?>>> BUILDING = ThreadLocal.withInitial(HashSet::new);
    private static final ClassValue<Object> SHAPES = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            Shape shape = Shape.build(type);
            return shape == null ? Boolean.FALSE : shape;
        }
    };

    private RecordJson() {
    }

    /**
     * {@code value} as the map Jackson's {@code convertValue(value, Map.class)} gives.
     *
     * @return null if the value's class has no mapping here
     * @throws Unfit if a value inside it (in a free-form map) is of a kind left to Jackson
     */
    static Map<String, Object> toMap(Object value) {
        return SHAPES.get(value.getClass()) instanceof RecordShape shape ? shape.encodeMap(value) : null;
    }

    /**
     * {@code map} as a {@code type}, as Jackson's {@code convertValue(map, type)} gives it.
     *
     * @return null if {@code type} has no mapping here
     * @throws Unfit if the map does not fit {@code type} exactly
     */
    static <T> T fromMap(Map<String, Object> map, Class<T> type) {
        return SHAPES.get(type) instanceof Shape shape ? type.cast(shape.decode(map)) : null;
    }

    /** Whether {@code type} is mapped here (for the test that compares with Jackson). */
    static boolean maps(Class<?> type) {
        return SHAPES.get(type) instanceof Shape;
    }

    private static Shape shapeOf(Class<?> type) {
        Set<Class<?>> building = BUILDING.get();
        if (building.contains(type)) {
            return null;
        }
        return SHAPES.get(type) instanceof Shape shape ? shape : null;
    }

    /** How one JSON value maps to one Java type; {@code encode} and {@code decode} see no nulls. */
    private interface Codec {

        Object encode(Object value);

        Object decode(Object raw);

        /** What a missing or null value becomes. */
        default Object absent() {
            return null;
        }

        static Codec of(Type type) {
            if (type instanceof Class<?> c) {
                return of(c);
            }
            if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
                Type[] args = p.getActualTypeArguments();
                if ((raw == List.class || raw == Collection.class) && args.length == 1) {
                    Codec element = of(args[0]);
                    return element == null ? null : new ListCodec(element, false);
                }
                if (raw == Set.class && args.length == 1) {
                    Codec element = of(args[0]);
                    return element == null ? null : new ListCodec(element, true);
                }
                if (raw == Map.class && args.length == 2 && args[0] == String.class && args[1] == Object.class) {
                    return FreeForm.CODEC;
                }
            }
            return null;
        }

        private static Codec of(Class<?> c) {
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
                return shapeOf(c);
            }
            return null;
        }
    }

    private enum Scalar implements Codec {
        STRING {
            @Override
            public Object decode(Object raw) {
                return raw instanceof String ? raw : unfit();
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
                return raw instanceof Boolean ? raw : unfit();
            }

            @Override
            public Object absent() {
                return false;
            }
        },
        BOXED_BOOLEAN {
            @Override
            public Object decode(Object raw) {
                return raw instanceof Boolean ? raw : unfit();
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
                        return unfit();
                    }
                }
                return unfit();
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
            return unfit();
        }

        private static Object toLong(Object raw) {
            if (raw instanceof Long) {
                return raw;
            }
            if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
                return ((Number) raw).longValue();
            }
            return unfit();
        }
    }

    /** An enum by its constants' names, as Jackson maps one that carries no Jackson annotation. */
    private record EnumCodec(Map<String, Object> byName) implements Codec {

        static EnumCodec of(Class<?> type) {
            if (hasJacksonAnnotation(type) || Arrays.stream(type.getDeclaredFields()).anyMatch(RecordJson::hasJacksonAnnotation)
                    || Arrays.stream(type.getDeclaredMethods()).anyMatch(RecordJson::hasJacksonAnnotation)) {
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
            return constant != null ? constant : unfit();
        }
    }

    /** A list or set: a JSON array; read back as Jackson's defaults, an {@link ArrayList} or a {@link HashSet}. */
    private record ListCodec(Codec element, boolean set) implements Codec {

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
                return unfit();
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
    private static final class FreeForm implements Codec {

        static final FreeForm CODEC = new FreeForm();

        @Override
        public Object encode(Object value) {
            return copy(value);
        }

        @Override
        public Object decode(Object raw) {
            return raw instanceof Map || raw instanceof JsonObject ? copy(raw) : unfit();
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
                        return unfit();
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
            return unfit();
        }
    }

    /** A mapped record or polymorphic interface. */
    private abstract static sealed class Shape implements Codec permits RecordShape, PolymorphicShape {

        static Shape build(Class<?> type) {
            Set<Class<?>> building = BUILDING.get();
            building.add(type);
            try {
                if (type.isRecord()) {
                    return RecordShape.of(type);
                }
                if (type.isInterface() && type.isSealed()) {
                    return PolymorphicShape.of(type);
                }
                return null;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            } finally {
                building.remove(type);
            }
        }

        @Override
        public Object decode(Object raw) {
            if (raw instanceof JsonObject json) {
                return decode(json.getMap());
            }
            if (raw instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                return decode(m);
            }
            return unfit();
        }

        abstract Object decode(Map<String, Object> map);
    }

    private static final class RecordShape extends Shape {

        private final String typeProperty;
        private final String typeName;
        private final String[] names;
        private final MethodHandle[] getters;
        private final Codec[] codecs;
        /** How many of {@link #names} are constructor parameters (the components, first). */
        private final int parameters;
        private final MethodHandle constructor;

        private RecordShape(String typeProperty, String typeName, List<String> names, List<MethodHandle> getters,
                            List<Codec> codecs, int parameters, MethodHandle constructor) {
            this.typeProperty = typeProperty;
            this.typeName = typeName;
            this.names = names.toArray(String[]::new);
            this.getters = getters.toArray(MethodHandle[]::new);
            this.codecs = codecs.toArray(Codec[]::new);
            this.parameters = parameters;
            this.constructor = constructor;
        }

        static RecordShape of(Class<?> type) throws ReflectiveOperationException {
            if (!Modifier.isPublic(type.getModifiers()) || !classAnnotationsHandled(type)) {
                return null;
            }
            String[] typeId = typeId(type);
            if (typeId == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            List<MethodHandle> getters = new ArrayList<>();
            List<Codec> codecs = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            Set<String> accessors = new HashSet<>();
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                Codec codec = Codec.of(rc.getGenericType());
                if (codec == null || hasJacksonAnnotation(rc) || hasJacksonAnnotation(rc.getAccessor())) {
                    return null;
                }
                names.add(rc.getName());
                getters.add(getter(rc.getAccessor()));
                codecs.add(codec);
                parameterTypes[i] = rc.getType();
                accessors.add(rc.getName());
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || accessors.contains(m.getName())
                        || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class) {
                    continue;
                }
                JsonProperty property = inherited(type, m, JsonProperty.class);
                if (inherited(type, m, JsonIgnore.class) != null) {
                    continue;
                }
                if (property == null) {
                    if (looksLikeGetter(m) || hasJacksonAnnotation(m)) {
                        return null;
                    }
                    continue;
                }
                Codec codec = Codec.of(m.getGenericReturnType());
                if (codec == null) {
                    return null;
                }
                names.add(property.value().isEmpty() ? m.getName() : property.value());
                getters.add(getter(m));
                codecs.add(codec);
            }
            for (var c : type.getDeclaredConstructors()) {
                if (hasJacksonAnnotation(c)) {
                    return null;
                }
            }
            MethodHandle constructor = LOOKUP.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new RecordShape(typeId[0], typeId[1], names, getters, codecs, components.length, constructor);
        }

        private static MethodHandle getter(Method m) throws IllegalAccessException {
            return LOOKUP.unreflect(m).asType(MethodType.methodType(Object.class, Object.class));
        }

        /** Jackson's map of the record: its type id first when it has one, then its properties in order. */
        Map<String, Object> encodeMap(Object value) {
            Map<String, Object> out = new LinkedHashMap<>(names.length * 2);
            if (typeProperty != null) {
                out.put(typeProperty, typeName);
            }
            for (int i = 0; i < names.length; i++) {
                Object v;
                try {
                    v = (Object) getters[i].invokeExact(value);
                } catch (Throwable e) {
                    return unfit();
                }
                out.put(names[i], v == null ? null : codecs[i].encode(v));
            }
            return out;
        }

        @Override
        public Object encode(Object value) {
            return encodeMap(value);
        }

        @Override
        Object decode(Map<String, Object> map) {
            if (typeProperty != null && !typeName.equals(map.get(typeProperty))) {
                return unfit();
            }
            Object[] args = new Object[parameters];
            for (int i = 0; i < parameters; i++) {
                Object raw = map.get(names[i]);
                args[i] = raw == null ? codecs[i].absent() : codecs[i].decode(raw);
            }
            try {
                return (Object) constructor.invokeExact(args);
            } catch (Throwable e) {
                // a refusing constructor: Jackson calls it again and reports what it says
                return unfit();
            }
        }
    }

    /** A sealed interface whose implementations carry a type id: read by the id, written by the value's record. */
    private static final class PolymorphicShape extends Shape {

        private final String typeProperty;
        private final Map<String, Class<?>> subtypes;

        private PolymorphicShape(String typeProperty, Map<String, Class<?>> subtypes) {
            this.typeProperty = typeProperty;
            this.subtypes = subtypes;
        }

        static PolymorphicShape of(Class<?> type) {
            JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
            JsonSubTypes listed = type.getAnnotation(JsonSubTypes.class);
            if (info == null || listed == null || !typeInfoHandled(info) || !classAnnotationsHandled(type)) {
                return null;
            }
            Map<String, Class<?>> subtypes = new HashMap<>();
            for (JsonSubTypes.Type t : listed.value()) {
                if (!(shapeOf(t.value()) instanceof RecordShape) || t.name().isEmpty() || t.names().length > 0) {
                    return null;
                }
                subtypes.put(t.name(), t.value());
            }
            return new PolymorphicShape(typeProperty(info), Map.copyOf(subtypes));
        }

        @Override
        public Object encode(Object value) {
            return SHAPES.get(value.getClass()) instanceof RecordShape shape ? shape.encode(value) : unfit();
        }

        @Override
        Object decode(Map<String, Object> map) {
            Class<?> subtype = map.get(typeProperty) instanceof String name ? subtypes.get(name) : null;
            return subtype != null && SHAPES.get(subtype) instanceof RecordShape shape ? shape.decode(map) : unfit();
        }
    }

    /**
     * The type id property and name of a record, {@code {null, null}} when it has none, or null when
     * it has one in a form left to Jackson.
     */
    private static String[] typeId(Class<?> type) {
        JsonTypeInfo info = null;
        Class<?> carrier = null;
        if (type.getAnnotation(JsonTypeInfo.class) != null) {
            info = type.getAnnotation(JsonTypeInfo.class);
            carrier = type;
        }
        for (Class<?> i : allInterfaces(type)) {
            JsonTypeInfo found = i.getAnnotation(JsonTypeInfo.class);
            if (found != null) {
                if (info != null) {
                    return null;
                }
                info = found;
                carrier = i;
            }
        }
        if (info == null) {
            return new String[] {null, null};
        }
        if (!typeInfoHandled(info)) {
            return null;
        }
        JsonTypeName named = type.getAnnotation(JsonTypeName.class);
        String name = named != null && !named.value().isEmpty() ? named.value() : null;
        JsonSubTypes listed = carrier.getAnnotation(JsonSubTypes.class);
        if (name == null && listed != null) {
            for (JsonSubTypes.Type t : listed.value()) {
                if (t.value() == type && !t.name().isEmpty()) {
                    name = t.name();
                }
            }
        }
        return name == null ? null : new String[] {typeProperty(info), name};
    }

    private static boolean typeInfoHandled(JsonTypeInfo info) {
        return info.use() == JsonTypeInfo.Id.NAME && info.include() == JsonTypeInfo.As.PROPERTY && !info.visible()
                && info.defaultImpl() == JsonTypeInfo.class && info.requireTypeIdForSubtypes() == OptBoolean.DEFAULT;
    }

    private static String typeProperty(JsonTypeInfo info) {
        return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
    }

    /** Only type ids and ignoring unknown properties are understood at class level, on the record and its interfaces. */
    private static boolean classAnnotationsHandled(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>(allInterfaces(type));
        classes.add(type);
        for (Class<?> c : classes) {
            for (Annotation a : c.getAnnotations()) {
                if (!isJackson(a) || a instanceof JsonTypeInfo || a instanceof JsonTypeName || a instanceof JsonSubTypes) {
                    continue;
                }
                if (!(a instanceof JsonIgnoreProperties ignore) || ignore.value().length > 0 || ignore.allowGetters()
                        || ignore.allowSetters()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Class<?>> allInterfaces(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type.getInterfaces()));
        while (!todo.isEmpty()) {
            Class<?> i = todo.remove(todo.size() - 1);
            if (!out.contains(i)) {
                out.add(i);
                todo.addAll(List.of(i.getInterfaces()));
            }
        }
        return out;
    }

    /** The annotation on {@code m} or on a method it overrides in an interface of {@code type}, as Jackson merges them. */
    private static <A extends Annotation> A inherited(Class<?> type, Method m, Class<A> annotation) {
        A found = m.getAnnotation(annotation);
        for (Class<?> i : allInterfaces(type)) {
            if (found != null) {
                break;
            }
            try {
                found = i.getMethod(m.getName()).getAnnotation(annotation);
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return found;
    }

    /** A public method Jackson would take for a property by its name alone. */
    private static boolean looksLikeGetter(Method m) {
        String n = m.getName();
        boolean get = n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3)) && m.getReturnType() != void.class;
        boolean is = n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))
                && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
        return get || is;
    }

    private static boolean hasJacksonAnnotation(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            if (isJackson(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJackson(Annotation a) {
        return a.annotationType().getName().startsWith(JACKSON_ANNOTATIONS);
    }

    private static <T> T unfit() {
        throw Unfit.INSTANCE;
    }
}
