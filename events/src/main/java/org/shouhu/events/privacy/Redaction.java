package org.shouhu.events.privacy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * An event as it reads once its child's data key is gone: the same record with every
 * {@link PersonalData} value null, nested records included. A read model that must forget a
 * child's personal data writes this, instead of trusting that decryption fails by then.
 * The rules are those that decide what is sealed: a component whose type is personal data, a
 * component marked personal (when its {@code onlyIf} holds), a record nested in either.
 */
public final class Redaction {

    private Redaction() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(T value) {
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            Object current = read(component.getAccessor(), value);
            Object redacted = isPersonal(component, value) ? null : of(current);
            changed |= redacted != current;
            arguments[i] = redacted;
        }
        if (!changed) {
            return value;
        }
        try {
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (T) canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot redact " + value.getClass().getSimpleName(), e);
        }
    }

    private static boolean isPersonal(RecordComponent component, Object record) {
        PersonalData marked = component.getAnnotation(PersonalData.class);
        if (marked != null) {
            if (marked.onlyIf().isEmpty()) {
                return true;
            }
            try {
                return Boolean.TRUE.equals(record.getClass().getMethod(marked.onlyIf()).invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("@PersonalData(onlyIf) names no usable method", e);
            }
        }
        return component.getType().isAnnotationPresent(PersonalData.class);
    }

    private static Object read(Method accessor, Object record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
