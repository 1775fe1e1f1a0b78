package org.shouhu.ops.ui.child;

import java.util.Arrays;
import java.util.List;

/**
 * One field of a form: the API's name for it (dotted for a nested object, as the API names
 * it in a refusal), what kind of input it is, the codes it may take, whether it is required
 * and its value when the form opens. Its label is {@code field.<last part of the name>}.
 */
public record FormField(String name, Kind kind, List<Choice> choices, boolean required, String initial) {

    public enum Kind { TEXT, TEXTAREA, DATE, SELECT, CHOICES, YES_NO, FILE, HIDDEN }

    /** A value the field may take: its code, and its label (from the bundle by code, unless given as text). */
    public record Choice(String value, String text) {
    }

    public static FormField text(String name, boolean required) {
        return new FormField(name, Kind.TEXT, List.of(), required, null);
    }

    public static FormField notes(String name, boolean required) {
        return new FormField(name, Kind.TEXTAREA, List.of(), required, null);
    }

    public static FormField date(String name, boolean required, String initial) {
        return new FormField(name, Kind.DATE, List.of(), required, initial);
    }

    public static FormField select(String name, boolean required, Class<? extends Enum<?>> codes) {
        return new FormField(name, Kind.SELECT, choices(codes), required, null);
    }

    public static FormField select(String name, boolean required, List<Choice> choices, String initial) {
        return new FormField(name, Kind.SELECT, choices, required, initial);
    }

    public static FormField choices(String name, Class<? extends Enum<?>> codes) {
        return new FormField(name, Kind.CHOICES, choices(codes), false, null);
    }

    public static FormField yesNo(String name, boolean initial) {
        return new FormField(name, Kind.YES_NO, List.of(), false, Boolean.toString(initial));
    }

    public static FormField file(String name) {
        return new FormField(name, Kind.FILE, List.of(), true, null);
    }

    public static FormField hidden(String name, String value) {
        return new FormField(name, Kind.HIDDEN, List.of(), true, value);
    }

    /** The last part of the name, which names its label in the bundle. */
    public String label() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The id of its input, and of the message under it. */
    public String id() {
        return "f-" + name.replace('.', '-');
    }

    private static List<Choice> choices(Class<? extends Enum<?>> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(code -> new Choice(code.name(), null)).toList();
    }
}
