package vn.lienthong.platform.internal;

import io.micrometer.common.KeyValues;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/** Boot's {@code http.client.requests} with the external system as a tag, so calls can be told apart by system. */
public class SystemObservationConvention extends DefaultClientRequestObservationConvention {

    private final String system;

    public SystemObservationConvention(String system) {
        this.system = system;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and("system", system);
    }
}
