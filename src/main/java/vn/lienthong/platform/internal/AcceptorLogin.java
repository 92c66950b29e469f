package vn.lienthong.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * Who may use the embedded broker once it has a network acceptor: the gateway itself through its in-VM
 * connection (only code in this JVM can open one), and clients of the acceptor that log in with the configured
 * user and password. A logged-in client may use every address.
 */
final class AcceptorLogin implements ActiveMQSecurityManager5 {

    private static final String IN_VM_USER = "gateway";

    private final String user;
    private final byte[] password;

    AcceptorLogin(String user, String password) {
        this.user = user;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(IN_VM_USER);
        }
        if (this.user.equals(user) && password != null
                && MessageDigest.isEqual(this.password, password.getBytes(StandardCharsets.UTF_8))) {
            return subject(user);
        }
        return null;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        return subject != null;
    }

    // superseded by authenticate/authorize above, which Artemis calls on an ActiveMQSecurityManager5
    @Override
    public boolean validateUser(String user, String password) {
        return false;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject subject(String name) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(name));
        return subject;
    }
}
