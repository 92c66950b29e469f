package vn.lienthong.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.retry-after.max}: the longest wait a system's Retry-After is honoured for. A system that asks for
 * more (a hostile or broken answer such as {@code Retry-After: 999999999}) is held off this long, not for years.
 */
@ConfigurationProperties("gateway.retry-after")
public record RetryAfterSettings(@DefaultValue("10m") Duration max) {
}
