package io.agenticapi.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

import java.util.Collection;
import java.util.Map;

/**
 * Turns an AWS SDK model object (a trace part, say) into JSON with the service's wire names, so traces from Bedrock
 * and from the local runtime share one shape and one printer.
 */
public final class SdkPojoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SdkPojoJson() {
    }

    /** The mapper the nodes come from, for building JSON beside them. */
    public static ObjectMapper mapper() {
        return JSON;
    }

    public static JsonNode toJson(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof SdkPojo pojo) {
            ObjectNode node = JSON.createObjectNode();
            for (SdkField<?> field : pojo.sdkFields()) {
                Object fieldValue = field.getValueOrDefault(pojo);
                if (fieldValue != null && !isEmptyAutoConstruct(fieldValue)) {
                    node.set(field.locationName() != null ? field.locationName() : field.memberName(),
                            toJson(fieldValue));
                }
            }
            return node;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = JSON.createArrayNode();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = JSON.createObjectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), toJson(v)));
            return node;
        }
        if (value instanceof SdkBytes bytes) {
            return JSON.getNodeFactory().textNode(bytes.asUtf8String());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return JSON.valueToTree(value);
        }
        return JSON.getNodeFactory().textNode(value.toString());
    }

    private static boolean isEmptyAutoConstruct(Object value) {
        return value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>
                || value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>;
    }
}
