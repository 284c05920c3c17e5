package no.samkurs.app.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import no.samkurs.directory.people.control.AccountChanged;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.people.control.Account;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Signs in a script that sends {@code Authorization: Bearer} with a token from the configured issuer: the token
 * is verified ({@link TokenVerifier}), the person it names must exist and be active in the directory, and the
 * groups are their roles, as the identity store gives them to HTTP Basic. A verified token is remembered (by its
 * SHA-256) for at most two minutes and never past its {@code exp}; any account change forgets them all. Every
 * refusal goes to the security log; the token itself never does.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
    private static final Duration REMEMBER = Duration.ofMinutes(2);
    private static final int CAPACITY = 10_000;

    @Inject
    @ConfigProperty(name = "samkurs.token.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "samkurs.token.audience")
    Optional<String> audience;

    @Inject
    @ConfigProperty(name = "samkurs.token.publickey")
    Optional<String> publicKey;

    @Inject
    RequestPerson requestPerson;

    Clock clock = Clock.systemUTC();
    private TokenVerifier verifier;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(CredentialValidationResult caller, Instant until) {
    }

    /** Either the caller the token names, or why it was refused, said to the caller (bokmål). */
    public record Result(CredentialValidationResult caller, String refusal) {
    }

    @PostConstruct
    void configure() {
        if (issuer.isEmpty() || audience.isEmpty() || publicKey.isEmpty()) {
            LOG.info("Bearer tokens are refused: samkurs.token.issuer, samkurs.token.audience and "
                    + "samkurs.token.publickey are not all set");
            return;
        }
        try {
            verifier = new TokenVerifier(issuer.get().trim(), audience.get().trim(),
                    TokenVerifier.keysAt(publicKey.get()));
            LOG.info(() -> "Bearer tokens accepted from issuer " + issuer.get().trim() + " for audience "
                    + audience.get().trim() + ", keys from " + publicKey.get().trim());
        } catch (Exception e) {
            throw new IllegalStateException("samkurs.token.publickey: cannot read the issuer's key from "
                    + publicKey.get().trim() + ": " + e.getMessage(), e);
        }
    }

    /** Reads the settings at start, so that a wrong key file stops the deployment and the log says what is on. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        // Observing is enough: the container creates the bean to tell it, and configure() runs.
    }

    void onAccountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        remembered.clear();
    }

    /** The caller the token names, or why it is refused (already written to the security log). */
    public Result signIn(String token, String address) {
        if (verifier == null) {
            return refused(null, address, "bearer tokens are not configured",
                    "Innlogging med token er ikke satt opp på denne tjenesten.");
        }
        Instant now = clock.instant();
        String id = sha256(token);
        Remembered known = remembered.get(id);
        if (known != null && now.isBefore(known.until())) {
            return new Result(known.caller(), null);
        }
        TokenVerifier.Verified verified;
        try {
            verified = verifier.verify(token);
        } catch (TokenVerifier.Refused e) {
            return refused(null, address, e.getMessage(), "Ugyldig eller utløpt token.");
        }
        Optional<Account> person = requestPerson.byEmail(verified.email()).filter(Account::active);
        if (person.isEmpty()) {
            return refused(verified.email(), address, "no active person with this e-mail",
                    "Tokenet gjelder ingen aktiv bruker i Samkurs.");
        }
        String email = person.get().email();
        CredentialValidationResult caller = new CredentialValidationResult(email, groups(person.get()));
        remember(id, caller, verified.expires(), now);
        return new Result(caller, null);
    }

    /**
     * The person's roles as groups: the same person_role rows the identity store's groups query gives HTTP Basic
     * and the login page, read with the person instead of once more.
     */
    private static Set<String> groups(Account person) {
        return person.roles().stream().map(Role::roleName).collect(Collectors.toSet());
    }

    private void remember(String id, CredentialValidationResult caller, Instant expires, Instant now) {
        Instant until = expires.isBefore(now.plus(REMEMBER)) ? expires : now.plus(REMEMBER);
        if (remembered.size() >= CAPACITY) {
            remembered.values().removeIf(r -> !now.isBefore(r.until()));
            if (remembered.size() >= CAPACITY) {
                remembered.clear();
            }
        }
        remembered.put(id, new Remembered(caller, until));
    }

    private Result refused(String email, String address, String reason, String detail) {
        String account = email == null ? "?" : SignInGuard.printable(email);
        SignInGuard.SECURITY_LOG.warning(() -> "sign-in failed: account=" + account + " address=" + address
                + " via=bearer at=" + clock.instant() + " reason=" + plain(reason));
        return new Result(null, detail);
    }

    /** Nimbus' reasons may quote claims from the token: no line breaks, and not too long. */
    private static String plain(String reason) {
        String cleaned = String.valueOf(reason).replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
