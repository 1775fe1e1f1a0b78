package org.shouhu.ops.ui.child;

import java.util.List;

/**
 * A form of the interface: the API call it makes, its fields, and whether it sends a file.
 * The page's script sends the fields as the API's JSON (or multipart) and shows the API's
 * answer: on success the child's page, on refusal each field's message beside the field.
 *
 * @param name   names its title ({@code form.<name>}) and its page
 * @param action the API path it posts to
 */
public record Form(String name, String action, boolean multipart, List<FormField> fields) {
}
