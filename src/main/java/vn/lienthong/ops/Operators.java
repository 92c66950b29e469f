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

    public static boolean seesPersonalNumbers(HttpServletRequest request) {
        return request.isUserInRole(OPERATOR);
    }
}
