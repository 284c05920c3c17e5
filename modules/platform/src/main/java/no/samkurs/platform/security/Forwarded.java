package no.samkurs.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * What a request says about its way here: whether it came over TLS (itself, or as a proxy in front of us says)
 * and which client address sent it. Shared by sign-in, the security headers and every absolute address we write
 * (calendar feeds). The proxy's word on TLS is taken by default, since believing it only ever
 * adds protection; its word on the client address only when an operator names the header, since anyone can
 * send that header and would otherwise dodge the sign-in throttle.
 */
@ApplicationScoped
public class Forwarded {

    @Inject
    @ConfigProperty(name = "samkurs.http.trust-forwarded-proto", defaultValue = "true")
    boolean trustForwardedProto;

    @Inject
    @ConfigProperty(name = "samkurs.http.client-address-header")
    Optional<String> clientAddressHeader;

    public boolean overTls(HttpServletRequest request) {
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

    /** The client's address: the nearest hop the named header lists (the one our proxy added), else the socket's. */
    public String clientAddress(HttpServletRequest request) {
        if (clientAddressHeader.isPresent()) {
            String value = request.getHeader(clientAddressHeader.get().trim());
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return request.getRemoteAddr();
    }
}
