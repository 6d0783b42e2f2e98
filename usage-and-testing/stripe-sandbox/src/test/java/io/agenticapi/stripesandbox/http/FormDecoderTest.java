package io.agenticapi.stripesandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agenticapi.stripesandbox.api.StripeError;
import org.junit.jupiter.api.Test;

class FormDecoderTest {

    @Test
    void nestsBracketKeysAndDecodesValues() {
        FormNode.Branch root = FormDecoder.decode("name=Alice+Smith&email=a%40b.c&metadata[order]=42"
                + "&items[0][price]=price_1&items[0][quantity]=2&items[1][price]=price_2");
        assertThat(root.children().get("name")).isEqualTo(new FormNode.Leaf("Alice Smith"));
        assertThat(root.children().get("email")).isEqualTo(new FormNode.Leaf("a@b.c"));
        FormNode.Branch items = (FormNode.Branch) root.children().get("items");
        assertThat(items.children()).containsOnlyKeys("0", "1");
        assertThat(((FormNode.Branch) items.children().get("0")).children().get("quantity"))
                .isEqualTo(new FormNode.Leaf("2"));
    }

    @Test
    void emptyBracketsAppendWithRackSemantics() {
        FormNode.Branch root = FormDecoder.decode("expand[]=a&expand[]=b&l[][p]=1&l[][q]=2&l[][p]=3");
        assertThat(((FormNode.Branch) root.children().get("expand")).children())
                .containsEntry("0", new FormNode.Leaf("a")).containsEntry("1", new FormNode.Leaf("b"));
        FormNode.Branch list = (FormNode.Branch) root.children().get("l");
        assertThat(list.children()).containsOnlyKeys("0", "1");
        assertThat(((FormNode.Branch) list.children().get("0")).children()).containsOnlyKeys("p", "q");
    }

    @Test
    void valuelessKeysAndEncodedBracketsWork() {
        FormNode.Branch root = FormDecoder.decode("description=&metadata%5Bk%5D=v&flag");
        assertThat(root.children().get("description")).isEqualTo(new FormNode.Leaf(""));
        assertThat(root.children().get("flag")).isEqualTo(new FormNode.Leaf(""));
        assertThat(((FormNode.Branch) root.children().get("metadata")).children().get("k"))
                .isEqualTo(new FormNode.Leaf("v"));
    }

    @Test
    void malformedOrConflictingKeysAreInvalidRequests() {
        for (String bad : new String[] {"a[b=1", "[a]=1", "a]=1", "a[b]c=1", "a=1&a[b]=2", "a[b]=1&a=2"}) {
            assertThatThrownBy(() -> FormDecoder.decode(bad)).as(bad).isInstanceOf(StripeError.class)
                    .satisfies(e -> assertThat(((StripeError) e).status()).isEqualTo(400));
        }
    }
}
