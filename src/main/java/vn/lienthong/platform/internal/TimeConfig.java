package vn.lienthong.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.platform.VietnamTime;

/** The one clock the gateway decides by ("now", "today", "yesterday"), in Vietnam time. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
