package org.shouhu.ops.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.privacy.PersonalData;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Which properties of a message are personal data ({@link PersonalData}) and which child they
 * belong to (its {@link ChildId} component), found once per class from the annotations of its
 * record components, nested records included.
 */
final class PersonalProperties {

    private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();

    private final Map<Class<?>, java.util.Optional<RecordComponent>> subjects = new ConcurrentHashMap<>();

    Plan of(Class<?> type) {
        return type == null ? Plan.NONE : plans.computeIfAbsent(type, PersonalProperties::plan);
    }

    /** The child a message is about (its {@link ChildId} component), whether or not it holds personal data itself. */
    java.util.Optional<UUID> childOf(Object message) {
        return subjects.computeIfAbsent(message.getClass(), PersonalProperties::subject)
                .map(component -> ((ChildId) read(component.getAccessor(), message)).value());
    }

    private static java.util.Optional<RecordComponent> subject(Class<?> type) {
        if (!type.isRecord()) {
            return java.util.Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == ChildId.class) {
                return java.util.Optional.of(component);
            }
        }
        return java.util.Optional.empty();
    }

    /** What to seal in one record type; empty for types without personal data. */
    record Plan(List<Property> properties, RecordComponent subject) {

        static final Plan NONE = new Plan(List.of(), null);

        boolean isEmpty() {
            return properties.isEmpty();
        }

        UUID subjectOf(Object message) {
            if (subject == null) {
                throw new IllegalStateException(message.getClass().getSimpleName()
                        + " holds personal data but names no child (a ChildId component) to encrypt it for");
            }
            return ((ChildId) read(subject.getAccessor(), message)).value();
        }

        /** Replaces each personal property of {@code json} (the JSON form of {@code value}) by what {@code seal} makes of it. */
        void seal(Object value, ObjectNode json, UnaryOperator<JsonNode> seal) {
            for (Property property : properties) {
                JsonNode node = json.get(property.name());
                if (node == null || node.isNull()) {
                    continue;
                }
                if (property.nested() != null) {
                    Object nestedValue = read(property.component().getAccessor(), value);
                    if (node instanceof ObjectNode nestedJson && nestedValue != null) {
                        property.nested().seal(nestedValue, nestedJson, seal);
                    }
                } else if (property.appliesTo(value)) {
                    json.set(property.name(), seal.apply(node));
                }
            }
        }
    }

    /** A personal leaf (with an optional condition), or a nested record holding some. */
    record Property(RecordComponent component, Method onlyIf, Plan nested) {

        String name() {
            return component.getName();
        }

        boolean appliesTo(Object value) {
            return onlyIf == null || Boolean.TRUE.equals(read(onlyIf, value));
        }
    }

    private static Plan plan(Class<?> type) {
        if (!type.isRecord()) {
            return Plan.NONE;
        }
        List<Property> properties = new ArrayList<>();
        RecordComponent subject = null;
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            if (componentType == ChildId.class && subject == null) {
                subject = component;
            }
            PersonalData onComponent = component.getAnnotation(PersonalData.class);
            if (onComponent != null) {
                properties.add(new Property(component, condition(type, onComponent), null));
            } else if (componentType.isAnnotationPresent(PersonalData.class)) {
                properties.add(new Property(component, null, null));
            } else if (componentType.isRecord() && componentType != type) {
                Plan nested = plan(componentType);
                if (!nested.isEmpty()) {
                    properties.add(new Property(component, null, nested));
                }
            }
        }
        return properties.isEmpty() ? Plan.NONE : new Plan(List.copyOf(properties), subject);
    }

    private static Method condition(Class<?> type, PersonalData annotation) {
        if (annotation.onlyIf().isEmpty()) {
            return null;
        }
        try {
            Method method = type.getMethod(annotation.onlyIf());
            if (method.getReturnType() != boolean.class) {
                throw new IllegalStateException(type.getSimpleName() + "." + annotation.onlyIf() + " must return boolean");
            }
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@PersonalData(onlyIf) names no public method " + type.getSimpleName()
                    + "." + annotation.onlyIf() + "()", e);
        }
    }

    private static Object read(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + method.getName() + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
