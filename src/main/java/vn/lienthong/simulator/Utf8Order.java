package vn.lienthong.simulator;

import java.util.Comparator;
import vn.lienthong.reconcile.CodeOrder;

/** Ascending by the UTF-8 bytes of a string (PostgreSQL {@code COLLATE "C"}), which is code-point order. */
public final class Utf8Order {

    public static final Comparator<String> COMPARATOR = Utf8Order::compare;

    private Utf8Order() {
    }

    /** The gateway's own "sorted by code" ({@link CodeOrder}): simulators and gateway must agree on it. */
    public static int compare(String a, String b) {
        return CodeOrder.compare(a, b);
    }
}
