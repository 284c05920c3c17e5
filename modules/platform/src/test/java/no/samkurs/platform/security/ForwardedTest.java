package no.samkurs.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a request counts as having come over TLS, for the https form of the feed's address. */
class ForwardedTest {

    static HttpServletRequest request(boolean secure, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ForwardedTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static Forwarded tls(boolean trustProxy) {
        Forwarded tls = new Forwarded();
        tls.trustForwardedProto = trustProxy;
        return tls;
    }

    @Test
    void aSecureRequestIsOverTls() {
        assertTrue(tls(false).overTls(request(true, Map.of())));
    }

    @Test
    void theProxysWordIsTakenWhenTrusted() {
        assertTrue(tls(true).overTls(request(false, Map.of("X-Forwarded-Proto", "https"))));
        assertTrue(tls(true).overTls(request(false, Map.of("Forwarded", "for=10.0.0.1; proto=https"))));
        assertFalse(tls(true).overTls(request(false, Map.of("X-Forwarded-Proto", "http"))));
        assertFalse(tls(false).overTls(request(false, Map.of("X-Forwarded-Proto", "https"))));
        assertFalse(tls(true).overTls(request(false, Map.of())));
    }
}
