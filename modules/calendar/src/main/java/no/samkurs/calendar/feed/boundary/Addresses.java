package no.samkurs.calendar.feed.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.platform.security.Forwarded;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The application's public root address, which the feeds write into every event (the offering's page) and the API
 * gives feed addresses under: {@code samkurs.calendar.public-address} when set (behind a proxy that rewrites the
 * host), otherwise as the request reached us (https when it came over TLS, also when a proxy ended it).
 */
@ApplicationScoped
public class Addresses {

    @Inject
    Forwarded tls;

    @Inject
    @ConfigProperty(name = "samkurs.calendar.public-address")
    Optional<String> configured;

    /** The root without a trailing slash, e.g. "https://samkurs.no". */
    public String root(HttpServletRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String root = configured.get().strip();
            return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        }
        boolean secure = tls.overTls(request);
        String scheme = secure ? "https" : request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme)
                || secure && !request.isSecure();
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
