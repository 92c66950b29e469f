package vn.lienthong.platform;

/** The system refused our credentials or configuration: no retry fixes it, an operator must. */
public class ConfigurationFailure extends RuntimeException {

    public ConfigurationFailure(String system, String reason) {
        super(system + ": " + reason + " (check gateway.systems." + system + " in config/systems.yaml"
                + " or its environment variables)");
    }
}
