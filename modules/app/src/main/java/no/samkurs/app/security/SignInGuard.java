package no.samkurs.app.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import no.samkurs.directory.people.control.AccountChanged;
import no.samkurs.platform.security.CredentialCache;
import no.samkurs.platform.security.SignInRefusal;
import no.samkurs.platform.security.Throttle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What stands between a password guess and the slow password hash: pauses that grow with failed sign-ins per
 * account and per client address, a bound on how many hashes run at once, and a short memory of credentials just
 * found correct. Failures and pauses are written to the security log ({@code no.samkurs.security}): who, from
 * where, when, how; never a password.
 */
@ApplicationScoped
public class SignInGuard {

    static final Logger SECURITY_LOG = Logger.getLogger("no.samkurs.security");

    @Inject
    @ConfigProperty(name = "samkurs.signin.account.free-failures", defaultValue = "5")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "samkurs.signin.address.free-failures", defaultValue = "30")
    int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "samkurs.signin.first-pause", defaultValue = "PT2S")
    Duration firstPause;

    @Inject
    @ConfigProperty(name = "samkurs.signin.longest-pause", defaultValue = "PT15M")
    Duration longestPause;

    @Inject
    @ConfigProperty(name = "samkurs.signin.forget-after", defaultValue = "PT1H")
    Duration forgetAfter;

    @Inject
    @ConfigProperty(name = "samkurs.signin.credential-cache", defaultValue = "PT2M")
    Duration credentialCache;

    @Inject
    @ConfigProperty(name = "samkurs.signin.concurrent-checks", defaultValue = "0")
    int concurrentChecks;

    Clock clock = Clock.systemUTC();
    private Throttle accounts;
    private Throttle addresses;
    private CredentialCache<CredentialValidationResult> remembered;
    private Semaphore checks;

    @PostConstruct
    void configure() {
        accounts = new Throttle(new Throttle.Policy(accountFreeFailures, firstPause, longestPause, forgetAfter, 100_000));
        addresses = new Throttle(new Throttle.Policy(addressFreeFailures, firstPause, longestPause, forgetAfter, 100_000));
        remembered = new CredentialCache<>(credentialCache, 10_000);
        // Half the processors by default: the other half keeps serving everyone else during a flood of guesses.
        int permits = concurrentChecks > 0 ? concurrentChecks : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        checks = new Semaphore(permits, true);
    }

    /** A credential found correct a moment ago, if this is one. */
    public Optional<CredentialValidationResult> remembered(String email, String password) {
        return remembered.get(email, password, clock.instant());
    }

    /**
     * Forgets every remembered credential once a change of roles or status is committed: the next HTTP Basic
     * request checks the password and reads the roles again, so a deactivated account is refused at once. All are
     * forgotten, not one: the memory holds only HMACs and cannot tell whose they are.
     */
    void onAccountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        remembered.clear();
    }

    /** Refuses at once when the account or the address must still wait. */
    public Optional<SignInRefusal> refusal(String email, String address) {
        Instant now = clock.instant();
        Duration wait = longest(accounts.pause(email, now), addresses.pause(address, now));
        return wait.isZero() ? Optional.empty() : Optional.of(new SignInRefusal(wait, false));
    }

    /**
     * Checks the password, at most a few at a time: a flood of guesses from many addresses then costs the server
     * a bounded share of its processors, and whoever waits too long is told to come back.
     */
    public Optional<CredentialValidationResult> check(Supplier<CredentialValidationResult> validation) {
        try {
            if (!checks.tryAcquire(2, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(validation.get());
        } finally {
            checks.release();
        }
    }

    public void succeeded(String email, String password, String address, CredentialValidationResult result, String how) {
        accounts.succeeded(email);
        addresses.succeeded(address);
        if ("basic".equals(how)) {
            remembered.put(email, password, result, clock.instant());
        }
    }

    /** Records a wrong password; returns the pause it brought, zero if none yet. */
    public Duration failed(String email, String address, String how) {
        Instant now = clock.instant();
        Duration wait = longest(accounts.failed(email, now), addresses.failed(address, now));
        SECURITY_LOG.warning(() -> "sign-in failed: account=" + printable(email) + " address=" + address
                + " via=" + how + " at=" + now + " accountFailures=" + accounts.failures(email)
                + " addressFailures=" + addresses.failures(address)
                + (wait.isZero() ? "" : " paused=" + wait.toSeconds() + "s"));
        return wait;
    }

    public void refused(String email, String address, String how, SignInRefusal refusal) {
        SECURITY_LOG.warning(() -> "sign-in refused: account=" + printable(email) + " address=" + address
                + " via=" + how + " at=" + clock.instant()
                + (refusal.busy() ? " reason=busy" : " reason=paused retryAfter=" + refusal.retryAfter().toSeconds() + "s"));
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The account name as given, without anything that could forge a line in the log. */
    static String printable(String email) {
        String cleaned = email.replaceAll("[\\p{Cntrl}\\p{Z}\\s]", "?");
        return cleaned.length() > 120 ? cleaned.substring(0, 120) + "…" : cleaned;
    }
}
