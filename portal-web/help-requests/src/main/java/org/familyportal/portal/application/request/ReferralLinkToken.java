package org.familyportal.portal.application.request;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The signed part of a referral link for an organisation without members: which referral, for which
 * organisation, valid until when, with an HMAC-SHA-256 over all three under the installation's secret.
 * Nothing is stored: a link is good when its signature is and its time has not run out; a link changed
 * in any character (another referral, another organisation, a later expiry) is refused, and told apart
 * from one that expired only when its signature is right.
 */
public final class ReferralLinkToken {

    private static final String VERSION = "r1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,400}\\.[A-Za-z0-9_-]{43}");

    private final byte[] key;

    /** {@code key}: at least 32 bytes of the installation's secret. */
    public ReferralLinkToken(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("A referral link key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** What a good link says. */
    public record Claims(long referralId, String organizationId, Instant expires) {
    }

    /** What reading a link gives: its claims when good, else why not. */
    public record Reading(Outcome outcome, Claims claims) {

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    public enum Outcome { VALID, EXPIRED, INVALID }

    public String issue(long referralId, String organizationId, Instant expires) {
        Objects.requireNonNull(organizationId);
        if (organizationId.contains(":")) {
            throw new IllegalArgumentException("Not an organisation id: " + organizationId);
        }
        String payload = VERSION + ":" + referralId + ":" + organizationId + ":" + expires.getEpochSecond();
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    public Reading read(String token, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return new Reading(Outcome.INVALID, null);
        }
        int dot = token.indexOf('.');
        String encoded = token.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = DECODER.decode(token.substring(dot + 1));
            parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            return new Reading(Outcome.INVALID, null);
        }
        if (!MessageDigest.isEqual(signature, mac(encoded)) || parts.length != 4 || !VERSION.equals(parts[0])) {
            return new Reading(Outcome.INVALID, null);
        }
        Claims claims;
        try {
            claims = new Claims(Long.parseLong(parts[1]), parts[2], Instant.ofEpochSecond(Long.parseLong(parts[3])));
        } catch (NumberFormatException e) {
            return new Reading(Outcome.INVALID, null);
        }
        return new Reading(now.isBefore(claims.expires()) ? Outcome.VALID : Outcome.EXPIRED, claims);
    }

    private byte[] mac(String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("referral-link|" + encoded).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
