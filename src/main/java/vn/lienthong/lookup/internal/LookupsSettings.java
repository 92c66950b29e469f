package vn.lienthong.lookup.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.lookups}: which procedure field codes are civil-status or land procedures, how many
 * look-ups a route takes at once, and the back-off of a look-up that failed transiently.
 */
@ConfigurationProperties("gateway.lookups")
public record LookupsSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue List<String> civilStatusFieldCodes,
        @DefaultValue List<String> landFieldCodes,
        @DefaultValue("50") int batchSize,
        @DefaultValue("200") int publishBatchSize,
        @DefaultValue("4") int publishConcurrency,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("2m") Duration lease) {
}
