package vn.lienthong.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A certificate authority made for one test, valid for a day, that issues server and client certificates as PEM. */
final class ThrowAwayCa {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name name;
    private final KeyPair keys = newKeys();
    private final X509Certificate certificate;

    ThrowAwayCa(String commonName) {
        this.name = new X500Name("CN=" + commonName);
        this.certificate = sign(name, keys.getPublic(), builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
    }

    /** The CA's own certificate, for a trust store. */
    Path writeCertificate(Path file) throws IOException {
        return write(file, certificate);
    }

    /** A server certificate for 127.0.0.1 and localhost: writes {@code <name>.crt} and {@code <name>.key}. */
    Issued issueServer(Path folder, String name) throws IOException {
        return issue(folder, name, KeyPurposeId.id_kp_serverAuth, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
    }

    /** A client certificate: writes {@code <name>.crt} and {@code <name>.key}. */
    Issued issueClient(Path folder, String name) throws IOException {
        return issue(folder, name, KeyPurposeId.id_kp_clientAuth, null);
    }

    record Issued(Path certificate, Path privateKey) {
    }

    private Issued issue(Path folder, String subject, KeyPurposeId purpose, GeneralNames addresses) throws IOException {
        KeyPair leaf = newKeys();
        X509Certificate issued = sign(new X500Name("CN=" + subject), leaf.getPublic(), builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (addresses != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, addresses);
            }
        });
        return new Issued(write(folder.resolve(subject + ".crt"), issued), write(folder.resolve(subject + ".key"), leaf.getPrivate()));
    }

    private X509Certificate sign(X500Name subject, PublicKey key, Extensions extensions) {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject, key);
        try {
            extensions.add(builder);
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (IOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, Object pem) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(pem instanceof PrivateKey key ? new JcaPKCS8Generator(key, null) : pem);
        }
        return Files.writeString(file, text.toString());
    }

    private static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws IOException;
    }
}
