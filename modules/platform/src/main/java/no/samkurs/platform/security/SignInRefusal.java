package no.samkurs.platform.security;

import jakarta.servlet.ServletRequest;

import java.time.Duration;
import java.util.Optional;

/**
 * A sign-in refused before any password was checked: the account or address must still wait, or too many are
 * signing in at once ({@code busy}). The authentication mechanism leaves it on the request under
 * {@link #ATTRIBUTE}, for whoever answers: the API's problem, or the login page, which lives in another module.
 */
public record SignInRefusal(Duration retryAfter, boolean busy) {

    public static final String ATTRIBUTE = SignInRefusal.class.getName();

    /** The refusal this request met, if any. */
    public static Optional<SignInRefusal> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof SignInRefusal refusal ? Optional.of(refusal) : Optional.empty();
    }

    /** Whole seconds to wait, rounded up (for {@code Retry-After}), so that nobody comes back too early. */
    public long seconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
