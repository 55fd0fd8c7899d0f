package org.securechat.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.securechat.chat.AuditEvent;

/**
 * The audit trail's chain: each entry's MAC is HMAC-SHA256 over the MAC before it and the entry's
 * own fields, so no entry can be edited, dropped, inserted or moved without breaking every MAC from
 * there on. The key is derived from the storage key with HKDF-SHA256 (its own label, so it is never
 * the key that seals messages) and is never stored: whoever can write the database but lacks the
 * storage key cannot make a MAC that verifies. The fields are encoded without ambiguity: each is a
 * presence byte, then its UTF-8 length and bytes, so no two different entries encode alike.
 */
public final class AuditChain {
    /** The "MAC before" the first entry. */
    public static final byte[] GENESIS = new byte[32];
    private static final byte[] INFO = "securechat audit chain v1".getBytes(StandardCharsets.US_ASCII);
    private static final String ENTRY = "entry";

    private final String keyId;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private AuditChain(String keyId, byte[] material) {
        this.keyId = keyId;
        this.key = new SecretKeySpec(material, "HmacSHA256");
    }

    public static AuditChain derivedFrom(StorageKey storageKey) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(storageKey.key().getEncoded(), null, INFO));
        byte[] material = new byte[32];
        hkdf.generateBytes(material, 0, material.length);
        return new AuditChain(storageKey.id(), material);
    }

    /** The id of the storage key this chain's key comes from, stored with each entry. */
    public String keyId() {
        return keyId;
    }

    /** The MAC of the entry at {@code seq}, chained to the MAC of the one before it. */
    public byte[] mac(byte[] previous, long seq, AuditEvent event) {
        return mac(out -> {
            text(out, ENTRY);
            out.write(previous);
            out.writeLong(seq);
            out.writeLong(event.at().toEpochMilli());
            text(out, event.actor());
            text(out, event.action());
            text(out, event.target());
            text(out, event.source());
            text(out, event.detail());
        });
    }

    /** Constant-time comparison of two MACs. */
    public static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    private interface Encoding {
        void write(DataOutputStream out) throws IOException;
    }

    private byte[] mac(Encoding encoding) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encoding.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return macs.get().doFinal(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Keeps the key out of logs and exception texts. */
    @Override
    public String toString() {
        return "AuditChain[" + keyId + "]";
    }
}
