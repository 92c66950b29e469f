package vn.lienthong.dvcqg;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the national portal is, the province's account there, and the province's unit-code suffix. */
@ConfigurationProperties("gateway.systems.dvcqg")
public record DvcqgSettings(String baseUrl, String username, String password, String provinceCode, List<String> unitCodes) {
}
