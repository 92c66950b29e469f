package vn.lienthong.dvcqg.internal;

import vn.lienthong.dossier.ApplicantType;
import vn.lienthong.dossier.Channel;
import vn.lienthong.dossier.DossierStatus;
import vn.lienthong.dossier.FeeType;
import vn.lienthong.dossier.PaymentMethod;

/** The portal's codes for the provincial value sets (dvcqg.md); an absent value is the empty string. */
public final class PortalCodes {

    private PortalCodes() {
    }

    public static String status(DossierStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case NEW -> "1";
            case RECEIVING -> "2";
            case DENIED -> "3";
            case PROCESSING -> "4";
            case WAITING -> "5";
            case PAYING -> "6";
            case CANCELLED -> "7";
            case UNRESOLVED -> "8";
            case RELEASING -> "9";
            case DONE -> "10";
        };
    }

    public static String channel(Channel channel) {
        if (channel == null) {
            return "";
        }
        return switch (channel) {
            case DIRECT -> "1";
            case ONLINE -> "2";
            case POSTAL -> "3";
        };
    }

    public static String applicantType(ApplicantType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case CITIZEN -> "1";
            case ENTERPRISE -> "2";
            case AGENCY -> "3";
            case ORGANIZATION -> "4";
        };
    }

    public static String feeType(FeeType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case FEE -> "1";
            case CHARGE -> "2";
        };
    }

    public static String paymentMethod(PaymentMethod method) {
        if (method == null) {
            return "";
        }
        return switch (method) {
            case CASH -> "1";
            case ONLINE -> "2";
        };
    }

    public static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
