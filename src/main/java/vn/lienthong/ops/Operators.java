package vn.lienthong.ops;

import jakarta.servlet.http.HttpServletRequest;

/** Who is acting, and whether they may see personal numbers in full (operators and above). */
public final class Operators {

    static final String OPERATOR = "OPERATOR";

    private Operators() {
    }

    public static String actor(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
    }

    /** Operators and above act (replay, pause, reconcile...) and see personal numbers in full. */
    public static boolean mayAct(HttpServletRequest request) {
        return request.isUserInRole(OPERATOR);
    }

    public static boolean seesPersonalNumbers(HttpServletRequest request) {
        return mayAct(request);
    }
}
