package io.agenticapi.stripesandbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static final Set<String> FIELDS = Set.of("email", "name", "amount", "status", "metadata", "customer");
    private static final JsonNode ALICE = json("{\"email\":\"Alice@Test.com\",\"name\":\"Alice Smith\","
            + "\"amount\":1500,\"status\":\"succeeded\",\"metadata\":{\"order\":\"42\"},"
            + "\"customer\":{\"id\":\"cus_1\",\"object\":\"customer\"}}");

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String query) {
        return SearchQuery.parse(query, FIELDS).matches(ALICE);
    }

    @Test
    void exactMatchIsCaseInsensitiveAndSubstringNeedsTilde() {
        assertThat(matches("email:'alice@test.com'")).isTrue();
        assertThat(matches("email:\"alice@test.com\"")).isTrue();
        assertThat(matches("name:'Alice'")).isFalse();
        assertThat(matches("name~'lic'")).isTrue();
    }

    @Test
    void metadataNumbersNullAndNegation() {
        assertThat(matches("metadata['order']:'42'")).isTrue();
        assertThat(matches("metadata[\"order\"]:'41'")).isFalse();
        assertThat(matches("amount>1000 AND amount<=1500")).isTrue();
        assertThat(matches("amount:1500")).isTrue();
        assertThat(matches("-status:'succeeded'")).isFalse();
        assertThat(matches("metadata['missing']:null")).isTrue();
        assertThat(matches("customer:'cus_1'")).isTrue();
    }

    @Test
    void andOrCombination() {
        assertThat(matches("status:'failed' OR name~'Smith'")).isTrue();
        assertThat(matches("status:'failed' AND name~'Smith'")).isFalse();
    }

    @Test
    void badQueriesAreInvalidRequests() {
        for (String bad : new String[] {"a:'x' AND b:'y' OR c:'z'", "planet:'mars'", "name~'ab'", "name:",
                "email:'unterminated", "email 'x'", "amount>many", "status:succeeded", "name:'a' name:'b'"}) {
            assertThatThrownBy(() -> SearchQuery.parse(bad, FIELDS)).as(bad).isInstanceOf(StripeError.class)
                    .satisfies(e -> assertThat(((StripeError) e).param()).isEqualTo("query"));
        }
    }
}
