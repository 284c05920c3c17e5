package no.samkurs.platform.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a user name and password were just found correct, so that a script sending
 * the same HTTP Basic credential on every request pays the slow password hash once, not every time. Only an HMAC
 * of the pair is kept, under a key made at start and never stored: the memory holds nothing that reveals or
 * checks a password after a restart, and the stored hashes are as strong as before.
 *
 * @param <T> what the check answered (the caller's identity and groups)
 */
public final class CredentialCache<T> {

    private record Entry<T>(T value, Instant expires) {
    }

    private final Duration timeToLive;
    private final int capacity;
    private final SecretKeySpec key;
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    public CredentialCache(Duration timeToLive, int capacity) {
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public Optional<T> get(String user, String password, Instant now) {
        String id = id(user, password);
        Entry<T> entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.expires())) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    public void put(String user, String password, T value, Instant now) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(id(user, password), new Entry<>(value, now.plus(timeToLive)));
    }

    /** Forgets every remembered credential, e.g. when any account's password or roles change. */
    public void clear() {
        entries.clear();
    }

    private String id(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
