package vn.lienthong.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong hash-password}: the bcrypt hash to put in gateway.security.users (reads the password, prints the hash). */
@Command(name = "hash-password", description = "Print the bcrypt hash of a password read from the terminal or stdin.")
class HashPasswordCommand implements Callable<Integer> {

    @ParentCommand
    LienThongCli root;

    @Override
    public Integer call() throws IOException {
        Console console = System.console();
        String password = console != null ? new String(console.readPassword("Password: "))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isEmpty()) {
            root.spec.commandLine().getErr().println("lienthong: no password given");
            return 2;
        }
        root.out().println(new BCryptPasswordEncoder().encode(password));
        return 0;
    }
}
