package vn.lienthong.security;

import vn.lienthong.TestUsers;

/**
 * What the security rules promise for a request (the API convention: GET viewer, other methods operator,
 * /api/admin/** admin; the console: pages viewer, actions operator; open: health, the login page, PayGov's
 * notification), and a
 * user who must be refused (null when no role is below the one required).
 */
record AccessRule(boolean open, String allowedUser, String refusedUser, int strangerStatus) {

    AccessRule(boolean open, String allowedUser, String refusedUser) {
        this(open, allowedUser, refusedUser, 401);
    }

    static AccessRule of(String method, String path) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/error")
                || (method.equals("POST") && path.equals("/paygov/notify"))
                || (read && path.equals("/login"))) {
            return new AccessRule(true, null, null);
        }
        if (path.startsWith("/api/admin/")) {
            return new AccessRule(false, TestUsers.ADMIN, TestUsers.OPERATOR);
        }
        if (path.startsWith("/api/") && !read) {
            return new AccessRule(false, TestUsers.OPERATOR, TestUsers.VIEWER);
        }
        if (path.startsWith("/console/") && !read) {
            // the console's forms need a login session and its CSRF token: a stranger has neither, and the CSRF
            // check refuses first (403) before authentication would answer 401
            return new AccessRule(false, TestUsers.OPERATOR, TestUsers.VIEWER, 403);
        }
        if (path.equals("/actuator/prometheus")) {
            return new AccessRule(false, TestUsers.SCRAPER, null);
        }
        return new AccessRule(false, TestUsers.VIEWER, TestUsers.SCRAPER);
    }
}
