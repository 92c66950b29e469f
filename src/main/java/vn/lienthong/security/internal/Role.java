package vn.lienthong.security.internal;

/**
 * What a user may do. VIEWER reads, OPERATOR also acts (replay, pause, resume, reconcile), ADMIN also manages
 * users and settings: each implies the ones before it. SCRAPER only reads /actuator/prometheus (a metrics scraper).
 */
public enum Role {
    SCRAPER, VIEWER, OPERATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
