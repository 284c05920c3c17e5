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

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a sign-in that {@link SignInGuard} refused: 429 with {@code Retry-After}, as a problem to scripts and as
 * the login page to people. The answer comes after a short delay that holds no thread, so a client that hammers
 * us with guesses gets one answer per connection per delay, and the server's processors stay with real users.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RefusedSignIns extends HttpFilter {

    static final String REFUSAL = RefusedSignIns.class.getName() + ".refusal";
    private static final Logger LOG = Logger.getLogger(RefusedSignIns.class.getName());
    private static final Duration DELAY = Duration.ofSeconds(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(REFUSAL) instanceof SignInGuard.Refusal refusal)) {
            chain.doFilter(request, response);
            return;
        }
        AsyncContext later = request.startAsync();
        later.setTimeout(DELAY.toMillis() * 10);
        boolean form = WebAuthentication.isFormLogin(request);
        scheduler.schedule(() -> {
            if (form) {
                later.dispatch();
            } else {
                answer((HttpServletRequest) later.getRequest(), (HttpServletResponse) later.getResponse(), refusal);
                later.complete();
            }
        }, DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, SignInGuard.Refusal refusal) {
        Problem problem = Problem.of(429).detail(refusal.busy()
                        ? "Mange logger inn akkurat nå. Prøv igjen om litt."
                        : "For mange mislykkede innlogginger. Vent " + LoginPage.inWords(refusal.retryAfter())
                        + " og prøv igjen.")
                .header("Retry-After", String.valueOf(seconds(refusal)));
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds(refusal)));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson(CallerLanguage.of(request)).toString());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The refused client went away", e);
        }
    }

    static long seconds(SignInGuard.Refusal refusal) {
        return Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
    }
}
