package org.securechat.security;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The DER of a self-signed X.509 v3 certificate for an EC key: one common name, one DNS subject
 * alternative name, marked for what it is for (not a CA; digital signatures; TLS server
 * authentication), signed with SHA256withECDSA by the JDK. Encoded here because the JDK
 * has no public certificate builder, and Bouncy Castle's signed jars cost every start 0.2 s of
 * signature checks just by being on the class path.
 */
final class SelfSignedCertificate {
    private static final byte[] ECDSA_WITH_SHA256 = oid(0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02);
    private static final byte[] COMMON_NAME = oid(0x55, 0x04, 0x03);
    private static final byte[] SUBJECT_ALT_NAME = oid(0x55, 0x1D, 0x11);
    private static final byte[] BASIC_CONSTRAINTS = oid(0x55, 0x1D, 0x13);
    private static final byte[] KEY_USAGE = oid(0x55, 0x1D, 0x0F);
    private static final byte[] EXTENDED_KEY_USAGE = oid(0x55, 0x1D, 0x25);
    private static final byte[] SERVER_AUTH = oid(0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01);
    private static final byte[] CRITICAL = der(0x01, new byte[] {(byte) 0xFF});
    /** A BIT STRING with 7 unused bits and only bit 0 set: digitalSignature. */
    private static final byte[] DIGITAL_SIGNATURE = der(0x03, new byte[] {7, (byte) 0x80});
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {
    }

    static byte[] create(KeyPair pair, String commonName, String dnsName, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException {
        byte[] algorithm = der(0x30, ECDSA_WITH_SHA256);
        byte[] name = der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0C, utf8(commonName)))));
        byte[] subjectAltName = der(0x30, der(0x82, dnsName.getBytes(StandardCharsets.US_ASCII)));
        byte[] tbs = der(0x30,
                der(0xA0, der(0x02, new byte[] {2})), // v3
                der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray()),
                algorithm,
                name,
                der(0x30, time(notBefore), time(notAfter)),
                name,
                pair.getPublic().getEncoded(), // already a DER SubjectPublicKeyInfo
                der(0xA3, der(0x30,
                        der(0x30, BASIC_CONSTRAINTS, CRITICAL, der(0x04, der(0x30))), // cA: false
                        der(0x30, KEY_USAGE, CRITICAL, der(0x04, DIGITAL_SIGNATURE)),
                        der(0x30, EXTENDED_KEY_USAGE, der(0x04, der(0x30, SERVER_AUTH))),
                        der(0x30, SUBJECT_ALT_NAME, der(0x04, subjectAltName)))));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1]; // leading 0: no unused bits
        System.arraycopy(signature, 0, bits, 1, signature.length);
        return der(0x30, tbs, algorithm, der(0x03, bits));
    }

    /** RFC 5280: UTCTime through 2049, GeneralizedTime after. */
    private static byte[] time(Instant instant) {
        boolean utc = instant.atZone(ZoneOffset.UTC).getYear() < 2050;
        String text = (utc ? UTC_TIME : GENERALIZED_TIME).format(instant);
        return der(utc ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] oid(int... bytes) {
        byte[] content = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            content[i] = (byte) bytes[i];
        }
        return der(0x06, content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One DER element: its tag, its definite length, then the parts as its content. */
    private static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets);
            for (int i = octets - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
