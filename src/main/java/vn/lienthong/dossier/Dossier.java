package vn.lienthong.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A provincial dossier after {@link DossierReader}: text NFC, dates at +07:00 (null when absent),
 * value sets as enums. Nested records are never null, except {@code applicant.address} and
 * {@code parcel} when the feed has none; their fields may be null.
 */
public record Dossier(
        String code,
        long version,
        OffsetDateTime updatedAt,
        Procedure procedure,
        Channel channel,
        DossierStatus status,
        Agency agency,
        Applicant applicant,
        String summary,
        JsonNode parcel,
        OffsetDateTime appliedDate,
        OffsetDateTime acceptedDate,
        OffsetDateTime appointmentDate,
        OffsetDateTime completedDate,
        OffsetDateTime returnedDate,
        OffsetDateTime rejectedDate,
        List<Fee> fees,
        List<Document> documents,
        List<Step> history) {

    public record Procedure(String code, String name, String fieldCode, String fieldName) {
    }

    public record Agency(String code, String name) {
    }

    /** {@code birthDate} is {@code yyyy-MM-dd}, or {@code yyyy} when only the year is known. */
    public record Applicant(
            ApplicantType type,
            String fullname,
            IdentityType identityType,
            String identityNumber,
            String birthDate,
            String phone,
            String email,
            Address address) {
    }

    /** A unit code is only meaningful with its version: {@value #CURRENT} or {@value #LEGACY}. */
    public record Address(
            String unitCodeVersion,
            String provinceCode,
            String communeCode,
            String districtCode,
            String detail) {

        public static final String CURRENT = "2025-07-01";
        public static final String LEGACY = "legacy";
    }

    public record Fee(
            String code,
            String name,
            FeeType type,
            Long amount,
            PaymentMethod paymentMethod,
            PaymentStatus paymentStatus,
            String paymentRef,
            String transactionId,
            OffsetDateTime paidAt) {
    }

    public record Document(String componentCode, String fileName, String url, String sha256, boolean digitized) {
    }

    public record Step(
            String handler,
            String position,
            String department,
            String action,
            DossierStatus status,
            OffsetDateTime at,
            OffsetDateTime stepDueAt) {
    }
}
