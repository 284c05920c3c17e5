package no.samkurs.app.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * The sign-in page. {@link WebAuthentication} checks the posted e-mail and password; a successful POST arrives
 * here signed in and is sent on to where the person was going.
 */
@WebServlet(WebAuthentication.LOGIN_PATH)
public class LoginPage extends HttpServlet {

    private static final Map<String, String> ERRORS = Map.of(
            "ugyldig", "Feil e-postadresse eller passord. Prøv igjen.",
            "mangler", "Skriv inn både e-postadresse og passord.");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("feil");
        String error = code == null ? null : ERRORS.get(code);
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
                request.getContextPath(), Pages.escape(safeNext(request.getParameter("neste"))))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + WebAuthentication.LOGIN_PATH + "?feil=ugyldig");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + safeNext(request.getParameter("neste")));
    }

    /** Only a path on this site: a login must never send anyone on to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }
}
