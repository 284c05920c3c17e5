package no.samkurs.calendar.personal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of a personal feed's address. The secret itself is never stored, only its SHA-256: a copy of the
 * database does not give anyone's calendar away. A revoked token is kept (so that it is never issued twice) but
 * answers exactly like one that never existed. Invariant: once revoked, a token stays revoked.
 */
@Entity
@Table(name = "calendar_token")
@NamedQuery(name = FeedToken.ACTIVE_OF, query = "SELECT t FROM FeedToken t WHERE t.personId = :person "
        + "AND t.revokedAt IS NULL ORDER BY t.createdAt DESC")
public class FeedToken {

    public static final String ACTIVE_OF = "FeedToken.activeOf";

    /** 32 random bytes as base64url without padding. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    private FeedToken(String tokenHash, String personId, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.personId = Objects.requireNonNull(personId);
        this.createdAt = createdAt;
    }

    /** A new random secret; the caller shows it once and stores only {@link #of}'s entity. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The entity for a secret just made by {@link #newSecret}. */
    public static FeedToken of(String secret, String personId, Instant now) {
        return new FeedToken(hash(secret).orElseThrow(() -> new IllegalArgumentException("Not a token")),
                personId, now);
    }

    /** The SHA-256 (hex) of a well-formed secret; empty for anything that cannot be one. */
    public static Optional<String> hash(String secret) {
        if (secret == null || !FORM.matcher(secret).matches()) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String personId() {
        return personId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
