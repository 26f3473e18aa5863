package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link AesGcmSecretSealer}: round trip, no clear text, bound to the key id, tamper-evident. */
class AesGcmSecretSealerTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYTERNTEST01";
    private final AesGcmSecretSealer sealer = AesGcmSecretSealer.fromBase64("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    @Test
    void unsealsWhatItSealed() {
        assertEquals(SECRET, sealer.unseal("TERNKEY1", sealer.seal("TERNKEY1", SECRET)));
    }

    @Test
    void storesNoClearTextAndUsesAFreshNonceEachTime() {
        SealedSecret first = sealer.seal("TERNKEY1", SECRET);
        SealedSecret second = sealer.seal("TERNKEY1", SECRET);
        assertNotEquals(first, second);
        assertFalse(new String(first.bytes(), StandardCharsets.ISO_8859_1).contains(SECRET));
        assertFalse(first.toString().contains(SECRET));
    }

    @Test
    void refusesToUnsealUnderAnotherKeyId() {
        SealedSecret sealed = sealer.seal("TERNKEY1", SECRET);
        assertThrows(SealingException.class, () -> sealer.unseal("TERNKEY2", sealed));
    }

    @Test
    void refusesTamperedBytes() {
        byte[] bytes = sealer.seal("TERNKEY1", SECRET).bytes();
        bytes[bytes.length - 1] ^= 1;
        assertThrows(SealingException.class, () -> sealer.unseal("TERNKEY1", new SealedSecret(bytes)));
    }

    @Test
    void refusesAnotherSealingKey() {
        SealedSecret sealed = sealer.seal("TERNKEY1", SECRET);
        AesGcmSecretSealer other = new AesGcmSecretSealer(new byte[32]);
        assertThrows(SealingException.class, () -> other.unseal("TERNKEY1", sealed));
    }

    @Test
    void survivesTheBase64StorageForm() {
        SealedSecret sealed = sealer.seal("TERNKEY1", SECRET);
        assertEquals(SECRET, sealer.unseal("TERNKEY1", SealedSecret.fromBase64(sealed.toBase64())));
    }

    @Test
    void requiresA256BitKey() {
        assertThrows(IllegalArgumentException.class, () -> new AesGcmSecretSealer(new byte[16]));
    }
}
