package vn.lienthong.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of reason of a producing area (implemented by an enum per area, so a test can check every code has
 * its words in both languages): the message code and the names of its arguments, in the message's order.
 */
public interface ReasonCode {

    /** A message code and the names of its arguments, which each enum constant keeps. */
    record Spec(String code, List<String> params) {

        public Spec {
            params = List.copyOf(params);
        }

        public static Spec of(String code, String... params) {
            return new Spec(code, List.of(params));
        }

        /** For an area whose every reason takes the same first arguments (a dossier's field, a run's counts). */
        public static Spec of(List<String> leading, String code, String... params) {
            List<String> all = new ArrayList<>(leading);
            all.addAll(List.of(params));
            return new Spec(code, all);
        }
    }

    Spec spec();

    default String code() {
        return spec().code();
    }

    default List<String> params() {
        return spec().params();
    }

    /** This reason with its English text and one value per parameter, in order. */
    default Reason reason(String text, Object... values) {
        if (values.length != params().size()) {
            throw new IllegalArgumentException(code() + " takes " + params() + ", got " + values.length + " values");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            args.put(params().get(i), values[i]);
        }
        return new Reason(code(), args, text);
    }
}
