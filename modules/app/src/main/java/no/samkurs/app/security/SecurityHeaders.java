package no.samkurs.app.security;

import no.samkurs.platform.security.Forwarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer carries, set before anything else runs so that error pages, sign-in failures and the
 * API get them too. Each is a setting (docs/operations.md); the value {@code off} leaves that header out.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String OFF = "off";

    @Inject
    @ConfigProperty(name = "samkurs.http.content-security-policy", defaultValue = "default-src 'self'; "
            + "script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'")
    String contentSecurityPolicy;

    @Inject
    @ConfigProperty(name = "samkurs.http.referrer-policy", defaultValue = "strict-origin-when-cross-origin")
    String referrerPolicy;

    @Inject
    @ConfigProperty(name = "samkurs.http.strict-transport-security", defaultValue = "max-age=31536000")
    String strictTransportSecurity;

    @Inject
    Forwarded forwarded;

    public void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        set(response, "Content-Security-Policy", contentSecurityPolicy);
        set(response, "Referrer-Policy", referrerPolicy);
        if (forwarded.overTls(request)) {
            set(response, "Strict-Transport-Security", strictTransportSecurity);
        }
    }

    private static void set(HttpServletResponse response, String name, String value) {
        if (value != null && !value.isBlank() && !OFF.equalsIgnoreCase(value.trim())) {
            response.setHeader(name, value.trim());
        }
    }
}
