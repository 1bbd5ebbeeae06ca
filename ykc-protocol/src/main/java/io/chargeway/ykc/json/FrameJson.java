package io.chargeway.ykc.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.MessageCodecs;
import io.chargeway.ykc.message.YkcMessage;

/**
 * Renders decoded frames as JSON for people (the {@code ykc decode} field tool, logs) and builds
 * messages from JSON ({@code ykc encode}). Field names are the record components; values use
 * the field types' own text forms (pile numbers as 14 digits, times as ISO local date-times,
 * card UIDs as hex, enums by name).
 * <pre>
 * {"type":"0x3B","name":"Transaction record","nameZh":"交易记录","direction":"PILE_TO_PLATFORM",
 *  "seq":12,"crcOrder":"low-first","fields":{...}}
 * </pre>
 */
public final class FrameJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private FrameJson() {
    }

    /** The JSON description of one decoded frame. */
    public static ObjectNode describe(int sequence, CrcOrder crcOrder, YkcMessage message) {
        FrameType type = message.frameType();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", type.hex());
        node.put("name", type.englishName());
        node.put("nameZh", type.chineseName());
        node.put("direction", type.direction().name());
        node.put("seq", sequence);
        node.put("crcOrder", crcOrder.label());
        node.set("fields", fields(message));
        return node;
    }

    /** The message's fields as a JSON object. */
    public static ObjectNode fields(YkcMessage message) {
        return MAPPER.valueToTree(message);
    }

    /**
     * Builds a message of {@code type} from its fields.
     *
     * @param fieldsJson a JSON object with every field of the type's record
     * @throws IllegalArgumentException naming the missing, unknown or invalid field
     */
    public static YkcMessage parse(FrameType type, String fieldsJson) {
        BodyCodec<?> codec = MessageCodecs.forType(type);
        try {
            JsonNode tree = MAPPER.readTree(fieldsJson);
            if (tree != null && tree.has("fields") && tree.has("type")) {
                tree = tree.get("fields");
            }
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("expected a JSON object with the fields of " + type.hex() + " " + type);
            }
            return MAPPER.treeToValue(tree, codec.messageClass());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot build " + type.hex() + " " + type.englishName() + " from JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** Pretty or compact JSON text. */
    public static String write(JsonNode node, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }
}
