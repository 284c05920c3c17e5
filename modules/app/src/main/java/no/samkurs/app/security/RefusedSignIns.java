package no.samkurs.app.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.security.SignInRefusal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a sign-in that {@link SignInGuard} refused after a short delay that holds no thread, so a client that
 * hammers us with guesses gets one answer per connection per delay, and the server's processors stay with real
 * users. HTTP Basic is refused before the request goes on: the answer is a 429 problem with {@code Retry-After}.
 * The login page signs in during its own action and writes its 429 page itself; that answer is held back the same
 * delay once the page is written.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RefusedSignIns extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RefusedSignIns.class.getName());
    private static final Duration DELAY = Duration.ofSeconds(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SignInRefusal> refused = SignInRefusal.of(request);
        if (refused.isPresent()) {
            AsyncContext later = later(request);
            scheduler.schedule(() -> {
                answer((HttpServletRequest) later.getRequest(), (HttpServletResponse) later.getResponse(), refused.get());
                later.complete();
            }, DELAY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        chain.doFilter(request, response);
        if (SignInRefusal.of(request).isPresent() && request.isAsyncSupported() && !request.isAsyncStarted()) {
            scheduler.schedule(later(request)::complete, DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static AsyncContext later(HttpServletRequest request) {
        AsyncContext later = request.startAsync();
        later.setTimeout(DELAY.toMillis() * 10);
        return later;
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, SignInRefusal refusal) {
        Problem problem = Problem.of(429).detail(refusal.busy()
                        ? "Mange logger inn akkurat nå. Prøv igjen om litt."
                        : "For mange mislykkede innlogginger. Vent " + inWords(refusal.retryAfter()) + " og prøv igjen.")
                .header("Retry-After", String.valueOf(refusal.seconds()));
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(refusal.seconds()));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson(CallerLanguage.of(request)).toString());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The refused client went away", e);
        }
    }

    /** "30 sekunder", "1 minutt", "15 minutter": rounded up, so that nobody comes back too early. */
    static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " sekund" : " sekunder");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minutt" : " minutter");
    }
}
