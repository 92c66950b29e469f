package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The text forms a vendor's feed contains besides clean NFC: decomposed marks, old tone-mark positions. */
final class TextForms {

    // new (modern) position -> old position of the tone mark, for the oa / oe / uy diphthongs
    private static final String[][] OLD_TONE_MARKS = {
        {"óa", "oá"}, {"òa", "oà"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
        {"óe", "oé"}, {"òe", "oè"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
        {"úy", "uý"}, {"ùy", "uỳ"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"}};

    private TextForms() {
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    static String oldToneMarks(String text) {
        String out = text;
        for (String[] pair : OLD_TONE_MARKS) {
            out = out.replace(pair[0], pair[1]);
        }
        return out;
    }

    static boolean hasNewToneMarks(JsonNode node) {
        boolean[] found = {false};
        visitStrings(node, text -> {
            found[0] |= !oldToneMarks(text).equals(text);
            return text;
        });
        return found[0];
    }

    /** Replaces every string value in the tree, keys untouched. */
    static void visitStrings(JsonNode node, UnaryOperator<String> rewrite) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(rewrite.apply(field.getValue().asText())));
                } else {
                    visitStrings(field.getValue(), rewrite);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(rewrite.apply(array.get(i).asText())));
                } else {
                    visitStrings(array.get(i), rewrite);
                }
            }
        }
    }
}
