package vn.lienthong.platform;

/** The system refused our credentials or configuration: no retry fixes it, an operator must. */
public class ConfigurationFailure extends RuntimeException {

    private final transient Reason reason;

    /** {@code text} says in English what {@code why} codes; {@code values} are its arguments after the system. */
    public ConfigurationFailure(String system, ConfigurationReasons why, String text, Object... values) {
        super(message(system, text));
        Object[] args = new Object[values.length + 1];
        args[0] = system;
        System.arraycopy(values, 0, args, 1, values.length);
        this.reason = why.reason(getMessage(), args);
    }

    /** Without a code: the console shows the text as it is. */
    public ConfigurationFailure(String system, String text) {
        super(message(system, text));
        this.reason = Reason.uncoded(getMessage());
    }

    /** What to store and show: the code with its arguments, and this message as its English text. */
    public Reason reason() {
        return reason;
    }

    private static String message(String system, String text) {
        return system + ": " + text + " (check gateway.systems." + system + " in config/systems.yaml"
                + " or its environment variables)";
    }
}
