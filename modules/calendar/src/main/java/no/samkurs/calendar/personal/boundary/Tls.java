package no.samkurs.calendar.personal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Whether a request came over TLS, itself or as the proxy in front of us says (X-Forwarded-Proto, Forwarded), under
 * the same setting as the application's security headers ({@code samkurs.http.trust-forwarded-proto}). The rule is
 * app.security.Forwarded's, which this module cannot see (the app depends on the calendar, not the other way).
 */
@ApplicationScoped
public class Tls {

    @Inject
    @ConfigProperty(name = "samkurs.http.trust-forwarded-proto", defaultValue = "true")
    boolean trustForwardedProto;

    public boolean of(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (!trustForwardedProto) {
            return false;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto != null) {
            return "https".equalsIgnoreCase(proto.split(",")[0].trim());
        }
        String forwarded = request.getHeader("Forwarded");
        return forwarded != null && forwarded.toLowerCase(Locale.ROOT).replace(" ", "").contains("proto=https");
    }
}
