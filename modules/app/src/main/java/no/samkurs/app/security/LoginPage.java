package no.samkurs.app.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.platform.security.LocalPath;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * The sign-in page. {@link WebAuthentication} checks the posted e-mail and password; a successful POST arrives
 * here signed in and is sent on to where the person was going, on this site only.
 */
@WebServlet(urlPatterns = WebAuthentication.LOGIN_PATH, asyncSupported = true)
public class LoginPage extends HttpServlet {

    private static final Map<String, String> ERRORS = Map.of(
            "ugyldig", "Feil e-postadresse eller passord. Prøv igjen.",
            "mangler", "Skriv inn både e-postadresse og passord.");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("feil");
        form(request, response, code == null ? null : ERRORS.get(code));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(RefusedSignIns.REFUSAL) instanceof SignInGuard.Refusal refusal) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(RefusedSignIns.seconds(refusal)));
            form(request, response, refusal.busy() ? "Mange logger inn akkurat nå. Vent litt og prøv igjen."
                    : "For mange mislykkede innlogginger. Av sikkerhetshensyn må du vente "
                    + inWords(refusal.retryAfter()) + " før du prøver igjen.");
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + WebAuthentication.LOGIN_PATH + "?feil=ugyldig");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + LocalPath.orHome(request.getParameter("neste")));
    }

    private static void form(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Pages.page("Logg inn", """
                <h1>Logg inn</h1>
                %s
                <form method="post" action="%s/login" novalidate>
                  <input type="hidden" name="neste" value="%s">
                  <div class="field">
                    <label for="email">E-postadresse</label>
                    <input id="email" name="email" type="email" autocomplete="username" required>
                  </div>
                  <div class="field">
                    <label for="password">Passord</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                  </div>
                  <button type="submit">Logg inn</button>
                </form>
                """.formatted(
                error == null ? "" : "<p class=\"error\" role=\"alert\">" + Pages.escape(error) + "</p>",
                request.getContextPath(), Pages.escape(LocalPath.orHome(request.getParameter("neste"))))));
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
