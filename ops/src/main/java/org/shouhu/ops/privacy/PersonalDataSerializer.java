package org.shouhu.ops.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import org.shouhu.events.child.ChildDataErased;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every message passes through here on its way into and out of the store. On the way in, each
 * personal property of a child's event becomes a sealed string,
 * {@code "shouhu:pd:v1:<childId>:<base64 nonce+ciphertext>"}, AES-GCM under the child's data key
 * with the child's id as associated data; everything else stays plain JSON. On the way out,
 * sealed strings are opened again, or become {@code null} when the child's key was destroyed:
 * erased data reads as absent, and everything else of the event as it was.
 */
public class PersonalDataSerializer implements Serializer {

    static final String PREFIX = "shouhu:pd:v1:";
    /** The metadata key of the reason for a change (MetaDataKeys.REASON on the command side). */
    static final String REASON = "reason";
    private static final String META_DATA = MetaData.class.getName();
    private static final int UUID_TEXT = 36;

    private final Serializer delegate;
    private final ObjectMapper mapper;
    private final DataKeys keys;
    private final PersonalProperties personal = new PersonalProperties();

    public PersonalDataSerializer(Serializer delegate, ObjectMapper mapper, DataKeys keys) {
        this.delegate = delegate;
        this.mapper = mapper;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalProperties.Plan plan = object == null ? PersonalProperties.Plan.NONE : personal.of(object.getClass());
        if (plan.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        UUID child = plan.subjectOf(object);
        ObjectNode json = mapper.valueToTree(object);
        // the key is fetched only for a value to seal: an erased child's event, whose personal
        // fields are null, can still be written again (to a dead-letter queue) without one
        SecretKey[] key = new SecretKey[1];
        plan.seal(object, json, node -> {
            if (key[0] == null) {
                key[0] = keys.forWriting(child);
            }
            return new TextNode(seal(node, child, key[0]));
        });
        SerializedObject<String> sealed = new SimpleSerializedObject<>(write(json), String.class,
                delegate.typeForClass(object.getClass()));
        return getConverter().convert(sealed, expectedRepresentation);
    }

    /**
     * The reason given for a change of a child's case is free text and may name people: it is
     * sealed in the metadata under the child's key like the notes in the payload, and erased
     * with them. The erasure's own reason stays readable: the key is gone by then, and the
     * bureau's reason for erasing is part of the record.
     */
    public MetaData sealReason(Object payload, MetaData metaData) {
        Object reason = metaData.get(REASON);
        if (!(reason instanceof String text) || payload instanceof ChildDataErased) {
            return metaData;
        }
        return personal.childOf(payload)
                .map(child -> metaData.and(REASON, seal(new TextNode(text), child, keys.forWriting(child))))
                .orElse(metaData);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return delegate.deserialize(serializedObject);
        }
        if (META_DATA.equals(serializedObject.getType().getName())) {
            return delegate.deserialize(openMetaData(serializedObject));
        }
        // only a child's event holds sealed values, and only its own child's: any other text that
        // happens to look sealed (a reason typed that way, metadata) is left as it was written
        PersonalProperties.Plan plan = personal.of(delegate.classForType(serializedObject.getType()));
        if (plan.isEmpty() || plan.subject() == null) {
            return delegate.deserialize(serializedObject);
        }
        SerializedObject<String> text = getConverter().convert(serializedObject, String.class);
        String data = text.getData();
        if (data == null || !data.contains(PREFIX)) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode json = read(data);
        String child = json.path(plan.subject().getName()).asText("");
        JsonNode opened = open(json, PREFIX + child + ":");
        return delegate.deserialize(new SimpleSerializedObject<>(write(opened), String.class, serializedObject.getType()));
    }

    /** Opens a sealed reason; text that only looks sealed (it does not open) is left as it was written. */
    private SerializedObject<?> openMetaData(SerializedObject<?> serializedObject) {
        String data = getConverter().convert(serializedObject, String.class).getData();
        if (data == null || !data.contains(PREFIX)) {
            return serializedObject;
        }
        JsonNode json = read(data);
        if (json instanceof ObjectNode object && object.get(REASON) instanceof TextNode reason
                && reason.textValue().startsWith(PREFIX)) {
            try {
                object.set(REASON, unseal(reason.textValue()));
            } catch (IllegalStateException notSealed) {
                return serializedObject;
            }
        }
        return new SimpleSerializedObject<>(write(json), String.class, serializedObject.getType());
    }

    /** Opens every value sealed for this child in the tree, or makes it null when the key was destroyed. */
    private JsonNode open(JsonNode node, String sealedForTheChild) {
        if (node instanceof TextNode text && text.textValue().startsWith(sealedForTheChild)) {
            return unseal(text.textValue());
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(open(field.getValue(), sealedForTheChild));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, open(array.get(i), sealedForTheChild));
            }
        }
        return node;
    }

    private String seal(JsonNode plain, UUID child, SecretKey key) {
        byte[] sealed = AesGcm.seal(key, write(plain).getBytes(StandardCharsets.UTF_8), associatedData(child));
        return PREFIX + child + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    private JsonNode unseal(String sealed) {
        UUID child;
        byte[] ciphertext;
        try {
            String rest = sealed.substring(PREFIX.length());
            child = UUID.fromString(rest.substring(0, UUID_TEXT));
            ciphertext = Base64.getDecoder().decode(rest.substring(UUID_TEXT + 1));
        } catch (RuntimeException e) {
            throw new IllegalStateException("a sealed value in the store is malformed", e);
        }
        Optional<SecretKey> key = keys.forReading(child);
        if (key.isEmpty()) {
            return NullNode.getInstance();
        }
        try {
            return read(new String(AesGcm.open(key.get(), ciphertext, associatedData(child)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value in the store does not open under its child's key: altered", e);
        }
    }

    private static byte[] associatedData(UUID child) {
        return (PREFIX + child).getBytes(StandardCharsets.UTF_8);
    }

    private String write(JsonNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message cannot be written as JSON", e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored message is not JSON", e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
