package org.familyportal.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HashesTest {

    @Test
    void sha256IsLowercaseHexOfTheUtf8Bytes() {
        // FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256Hex("abc"));
        assertEquals(Hashes.sha256Hex("ёлка".getBytes(StandardCharsets.UTF_8)), Hashes.sha256Hex("ёлка"));
    }

    @Test
    void hmacSha256MatchesRfc4231() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Hashes.hmacSha256Hex(Hashes.hmacKey("Jefe".getBytes(StandardCharsets.US_ASCII)),
                        "what do ya want for nothing?"));
    }
}
