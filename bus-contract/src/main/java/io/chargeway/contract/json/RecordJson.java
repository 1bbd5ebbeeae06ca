package io.chargeway.contract.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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

    static Shape shapeOf(Class<?> type) {
        Set<Class<?>> building = BUILDING.get();
        if (building.contains(type)) {
            return null;
        }
        return SHAPES.get(type) instanceof Shape shape ? shape : null;
    }

    /** A mapped record or polymorphic interface. */
    private abstract static sealed class Shape implements FieldCodec permits RecordShape, PolymorphicShape {

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
        private final FieldCodec[] codecs;
        /** How many of {@link #names} are constructor parameters (the components, first). */
        private final int parameters;
        private final MethodHandle constructor;

        private RecordShape(String typeProperty, String typeName, List<String> names, List<MethodHandle> getters,
                            List<FieldCodec> codecs, int parameters, MethodHandle constructor) {
            this.typeProperty = typeProperty;
            this.typeName = typeName;
            this.names = names.toArray(String[]::new);
            this.getters = getters.toArray(MethodHandle[]::new);
            this.codecs = codecs.toArray(FieldCodec[]::new);
            this.parameters = parameters;
            this.constructor = constructor;
        }

        static RecordShape of(Class<?> type) throws ReflectiveOperationException {
            if (!Modifier.isPublic(type.getModifiers()) || !JacksonAnnotations.classAnnotationsHandled(type)) {
                return null;
            }
            String[] typeId = JacksonAnnotations.typeId(type);
            if (typeId == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            List<MethodHandle> getters = new ArrayList<>();
            List<FieldCodec> codecs = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            Set<String> accessors = new HashSet<>();
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                FieldCodec codec = FieldCodec.of(rc.getGenericType());
                if (codec == null || JacksonAnnotations.hasJacksonAnnotation(rc)
                        || JacksonAnnotations.hasJacksonAnnotation(rc.getAccessor())) {
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
                JsonProperty property = JacksonAnnotations.inherited(type, m, JsonProperty.class);
                if (JacksonAnnotations.inherited(type, m, JsonIgnore.class) != null) {
                    continue;
                }
                if (property == null) {
                    if (JacksonAnnotations.looksLikeGetter(m) || JacksonAnnotations.hasJacksonAnnotation(m)) {
                        return null;
                    }
                    continue;
                }
                FieldCodec codec = FieldCodec.of(m.getGenericReturnType());
                if (codec == null) {
                    return null;
                }
                names.add(property.value().isEmpty() ? m.getName() : property.value());
                getters.add(getter(m));
                codecs.add(codec);
            }
            for (var c : type.getDeclaredConstructors()) {
                if (JacksonAnnotations.hasJacksonAnnotation(c)) {
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
                Object v = invoke(getters[i], value);
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
            // a refusing constructor: Jackson calls it again and reports what it says
            return invoke(constructor, args);
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
            if (info == null || listed == null || !JacksonAnnotations.typeInfoHandled(info)
                    || !JacksonAnnotations.classAnnotationsHandled(type)) {
                return null;
            }
            Map<String, Class<?>> subtypes = new HashMap<>();
            for (JsonSubTypes.Type t : listed.value()) {
                if (!(shapeOf(t.value()) instanceof RecordShape) || t.name().isEmpty() || t.names().length > 0) {
                    return null;
                }
                subtypes.put(t.name(), t.value());
            }
            return new PolymorphicShape(JacksonAnnotations.typeProperty(info), Map.copyOf(subtypes));
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
     * Calls an accessor or a canonical constructor. Records throw no checked exceptions, which is
     * why {@code invokeExact}'s {@code Throwable} is narrowed here: a runtime exception (a refusing
     * constructor) hands the value to Jackson, an error propagates.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private static Object invoke(MethodHandle handle, Object argument) {
        try {
            return argument instanceof Object[] args ? (Object) handle.invokeExact(args) : (Object) handle.invokeExact(argument);
        } catch (RuntimeException e) {
            return unfit();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a record method threw a checked exception", e);
        }
    }

    static <T> T unfit() {
        throw Unfit.INSTANCE;
    }
}
