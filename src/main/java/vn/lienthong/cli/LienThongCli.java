package vn.lienthong.cli;

import java.io.Console;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code lienthong}: the operators' command line over the gateway's operations API. The gateway and the
 * credentials come from options or LIENTHONG_URL, LIENTHONG_USER and LIENTHONG_PASSWORD (asked for when missing).
 * Exit codes: 0 done, 1 the API refused or failed (or a followed job failed or was cancelled), 2 bad usage,
 * 3 the audit log did not verify.
 */
@Command(name = "lienthong", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "lienthong 1",
        description = "Operate the Liên Thông gateway: failures, dossier stories, replays, reconciliations, "
                + "systems, audit log.",
        subcommands = {FailureCommands.class, StoryCommand.class, ReplayCommands.class, JobCommands.class,
                ReconcileCommands.class, PaymentCommands.class, SystemCommands.class, AuditCommands.class,
                HashPasswordCommand.class})
public class LienThongCli {

    static final int API_FAILED = 1;
    static final int JOB_FAILED = 1;
    static final int AUDIT_INVALID = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", scope = ScopeType.INHERIT, defaultValue = "${env:LIENTHONG_URL:-http://localhost:8080}",
            description = "the gateway (env LIENTHONG_URL; default ${DEFAULT-VALUE})")
    String url;

    @Option(names = {"-u", "--user"}, scope = ScopeType.INHERIT, defaultValue = "${env:LIENTHONG_USER}",
            description = "user name (env LIENTHONG_USER)")
    String user;

    @Option(names = {"-p", "--password"}, scope = ScopeType.INHERIT, defaultValue = "${env:LIENTHONG_PASSWORD}",
            description = "password (env LIENTHONG_PASSWORD; asked for when missing)")
    String password;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print the API's JSON as it is")
    boolean json;

    @Option(names = "--lang", scope = ScopeType.INHERIT, defaultValue = "${env:LANG}", paramLabel = "vi|en",
            description = "language of reasons and summaries: vi (the default) or en (default from LANG)")
    String lang;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with our exit codes: API errors are reported in one line, not as a stack trace. */
    public static CommandLine commandLine() {
        CommandLine command = new CommandLine(new LienThongCli());
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ApiClient.ApiException) {
                cmd.getErr().println("lienthong: " + e.getMessage());
                return API_FAILED;
            }
            throw e;
        });
        return command;
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A list answer as columns (or the raw JSON with --json). */
    void print(com.fasterxml.jackson.databind.JsonNode answer, com.fasterxml.jackson.databind.JsonNode rows, String... columns) {
        if (json) {
            Output.json(out(), answer);
        } else {
            Output.table(out(), rows, columns);
        }
    }

    /** Reasons and summaries in the language asked for. */
    Words words() {
        return Words.of(lang);
    }

    void print(com.fasterxml.jackson.databind.JsonNode answer) {
        Output.json(out(), answer);
    }

    ApiClient api() {
        String name = user;
        String secret = password;
        Console console = System.console();
        if ((name == null || name.isBlank()) && console != null) {
            name = console.readLine("User: ");
        }
        if ((secret == null || secret.isEmpty()) && console != null) {
            secret = new String(console.readPassword("Password for %s: ", name));
        }
        if (name == null || name.isBlank() || secret == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no credentials: give --user and --password or set LIENTHONG_USER and LIENTHONG_PASSWORD");
        }
        return new ApiClient(url, name, secret);
    }
}
