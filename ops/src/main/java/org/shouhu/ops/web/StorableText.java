package org.shouhu.ops.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Text in a request body must be characters PostgreSQL can store: no U+0000 (NUL) and no half
 * of a surrogate pair, both of which JSON can write ({@code "\u0000"}, {@code "\ud800"}). A
 * reason with a NUL was recorded, and the read models then failed on its event again and again,
 * for every child; a lone surrogate was stored as "?". The body as read (records of value types,
 * lists, maps) is checked before any endpoint sees it, and refused 400 naming the member.
 * Jackson builds a value type of one string from the token itself, so the check cannot sit in a
 * deserializer.
 */
@ControllerAdvice
public class StorableText extends RequestBodyAdviceAdapter {

    private static final char NUL = '\u0000';
    private static final String NUL_RULE = "text.nul";
    private static final String SURROGATE_RULE = "text.surrogate";
    /** The component of a value type of one text ({@code Reason(String value)}): named by its member, not by itself. */
    private static final String VALUE = "value";

    /** A member of a body holding text no column can hold. */
    public static class UnstorableTextException extends RuntimeException {

        private final String field;
        private final String rule;

        UnstorableTextException(String field, String rule, String message) {
            super(message);
            this.field = field;
            this.rule = rule;
        }

        public String field() {
            return field;
        }

        public String rule() {
            return rule;
        }
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "");
        return body;
    }

    static void check(Object value, String path) {
        if (value instanceof String text) {
            checkText(text, path);
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(item, path + "[" + index++ + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                check(key, path);
                check(item, member(path, String.valueOf(key)));
            });
        } else if (value != null && value.getClass().isRecord()) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            for (RecordComponent component : components) {
                boolean valueType = components.length == 1 && component.getName().equals(VALUE);
                check(read(component, value), valueType ? path : member(path, component.getName()));
            }
        }
        // anything else (enums, numbers, dates, ids) holds no text of the client's
    }

    private static void checkText(String text, String path) {
        String rule = brokenRule(text);
        if (rule != null) {
            throw refused(path, rule);
        }
    }

    /** The rule the text breaks, null when it keeps them all. */
    static String brokenRule(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                return NUL_RULE;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return SURROGATE_RULE;
            }
        }
        return null;
    }

    static UnstorableTextException refused(String field, String rule) {
        return new UnstorableTextException(field, rule, field + (rule.equals(NUL_RULE)
                ? " must not hold the character U+0000 (NUL)" : " must not hold half of a surrogate pair"));
    }

    private static Object read(RecordComponent component, Object record) {
        Method accessor = component.getAccessor();
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the body's " + component.getName() + " could not be read", e);
        }
    }

    private static String member(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
