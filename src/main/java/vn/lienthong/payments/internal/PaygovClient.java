package vn.lienthong.payments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import vn.lienthong.dvcqg.DvcqgCodes;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

/** PayGov's daily reconciliation listing (contract: paygov.md), with the request checksum. */
@Component
public class PaygovClient {

    public static final String SYSTEM = "paygov";
    private static final int BUSY = 99;
    private static final int BAD_CHECKSUM = 7;

    private final RestClient http;
    private final PaygovSettings settings;
    private final PaygovChecksum checksum;
    private final JsonResponses responses;
    private final Retry retry;

    public PaygovClient(PaygovSettings settings, PaygovChecksum checksum, ExternalHttp clients,
            JsonResponses responses, RetryRegistry retries) {
        this.settings = settings;
        this.checksum = checksum;
        this.responses = responses;
        this.retry = retries.retry(SYSTEM);
        this.http = clients.forSystem(SYSTEM, settings.baseUrl());
    }

    /** One page (from 1) of a day's transactions, sorted by MaGiaoDich; rows as received, unverified. */
    public ListingPage listing(LocalDate day, int page, int size) {
        return retry.executeSupplier(() -> listingOnce(day, page, size));
    }

    private ListingPage listingOnce(LocalDate day, int page, int size) {
        String ngay = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        String mac = checksum.sign(List.of(settings.partnerCode(), ngay, Integer.toString(page), Integer.toString(size)));
        JsonNode answer;
        try {
            answer = http.get().uri("/paygov/api/v1/doisoat?MaDoiTac={partner}&Ngay={day}&Trang={page}&SoBanGhi={size}",
                            settings.partnerCode(), ngay, page, size)
                    .header("MaXacThuc", mac)
                    .exchange((req, resp) -> responses.read(SYSTEM, resp));
        } catch (ResourceAccessException e) {
            throw new TransientFailure(SYSTEM, "no answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        }
        int code = DvcqgCodes.asInt(answer.get("MaLoi"))
                .orElseThrow(() -> new TransientFailure(SYSTEM, "listing answer without a readable MaLoi"));
        if (code == BAD_CHECKSUM) {
            throw new ConfigurationFailure(SYSTEM, ConfigurationReasons.CHECKSUM_REFUSED,
                    "listing request refused with MaLoi 07 (checksum): wrong secret or partner code", "07");
        }
        if (code != 0) {
            throw new TransientFailure(SYSTEM, (code == BUSY ? "busy" : "listing refused") + " (MaLoi " + code + ")");
        }
        List<JsonNode> rows = new ArrayList<>();
        answer.path("DanhSach").forEach(rows::add);
        return new ListingPage(answer.path("TongSoBanGhi").asLong(rows.size()), rows);
    }

    public record ListingPage(long total, List<JsonNode> rows) {
    }
}
