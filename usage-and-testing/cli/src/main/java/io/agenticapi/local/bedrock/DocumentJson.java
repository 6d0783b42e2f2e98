package io.agenticapi.local.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson JSON ↔ the SDK's Document type (tool input schemas and tool-use inputs). */
final class DocumentJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private DocumentJson() {
    }

    static Document toDocument(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Document.fromNull();
        }
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), toDocument(e.getValue())));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            List<Document> list = new ArrayList<>();
            node.forEach(item -> list.add(toDocument(item)));
            return Document.fromList(list);
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return Document.fromNumber(SdkNumber.fromBigInteger(node.bigIntegerValue()));
        }
        if (node.isNumber()) {
            return Document.fromNumber(SdkNumber.fromBigDecimal(node.decimalValue()));
        }
        return Document.fromString(node.asText());
    }

    static JsonNode toJson(Document document) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (document == null || document.isNull()) {
            return f.nullNode();
        }
        if (document.isMap()) {
            ObjectNode object = f.objectNode();
            document.asMap().forEach((k, v) -> object.set(k, toJson(v)));
            return object;
        }
        if (document.isList()) {
            ArrayNode array = f.arrayNode();
            document.asList().forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (document.isBoolean()) {
            return f.booleanNode(document.asBoolean());
        }
        if (document.isNumber()) {
            BigDecimal value = document.asNumber().bigDecimalValue();
            return value.scale() <= 0 ? f.numberNode(value.toBigIntegerExact()) : f.numberNode(value);
        }
        return f.textNode(document.asString());
    }
}
