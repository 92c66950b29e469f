package vn.lienthong.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of reason of a producing area (implemented by an enum per area, so a test can check every code has
 * its words in both languages): the message code and the names of its arguments, in the message's order.
 */
public interface ReasonCode {

    String code();

    List<String> params();

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
