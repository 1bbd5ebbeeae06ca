package io.chargeway.contract.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * What {@link RecordJson} reads from a class's Jackson annotations: its type id, and whether every
 * annotation on it is one the direct mapping understands (anything else leaves the class to
 * Jackson).
 */
final class JacksonAnnotations {

    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson";

    private JacksonAnnotations() {
    }

/**
 * The type id property and name of a record, {@code {null, null}} when it has none, or null when
 * it has one in a form left to Jackson.
 */
static String[] typeId(Class<?> type) {
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

static boolean typeInfoHandled(JsonTypeInfo info) {
    return info.use() == JsonTypeInfo.Id.NAME && info.include() == JsonTypeInfo.As.PROPERTY && !info.visible()
            && info.defaultImpl() == JsonTypeInfo.class && info.requireTypeIdForSubtypes() == OptBoolean.DEFAULT;
}

static String typeProperty(JsonTypeInfo info) {
    return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
}

/** Only type ids and ignoring unknown properties are understood at class level, on the record and its interfaces. */
static boolean classAnnotationsHandled(Class<?> type) {
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

static List<Class<?>> allInterfaces(Class<?> type) {
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
static <A extends Annotation> A inherited(Class<?> type, Method m, Class<A> annotation) {
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
static boolean looksLikeGetter(Method m) {
    String n = m.getName();
    boolean get = n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3)) && m.getReturnType() != void.class;
    boolean is = n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))
            && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
    return get || is;
}

static boolean hasJacksonAnnotation(AnnotatedElement element) {
    for (Annotation a : element.getAnnotations()) {
        if (isJackson(a)) {
            return true;
        }
    }
    return false;
}

static boolean isJackson(Annotation a) {
    return a.annotationType().getName().startsWith(JACKSON_ANNOTATIONS);
}
}
