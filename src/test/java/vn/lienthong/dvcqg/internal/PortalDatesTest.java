package vn.lienthong.dvcqg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PortalDatesTest {

    @Test
    void shouldFormatInstantsInVietnamTimeWhateverTheirOffset() {
        assertThat(PortalDates.format(OffsetDateTime.parse("2026-11-20T01:15:00.999Z"))).isEqualTo("20261120081500");
        assertThat(PortalDates.format(OffsetDateTime.parse("2026-11-20T20:00:00-05:00"))).isEqualTo("20261121080000");
    }

    @Test
    void shouldFormatAMissingDateAsEmpty() {
        assertThat(PortalDates.format(null)).isEmpty();
    }
}
