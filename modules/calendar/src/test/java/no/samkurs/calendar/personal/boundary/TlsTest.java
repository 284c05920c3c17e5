package no.samkurs.calendar.personal.boundary;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a request counts as having come over TLS, for the https form of the feed's address. */
class TlsTest {

    static HttpServletRequest request(boolean secure, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(TlsTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static Tls tls(boolean trustProxy) {
        Tls tls = new Tls();
        tls.trustForwardedProto = trustProxy;
        return tls;
    }

    @Test
    void aSecureRequestIsOverTls() {
        assertTrue(tls(false).of(request(true, Map.of())));
    }

    @Test
    void theProxysWordIsTakenWhenTrusted() {
        assertTrue(tls(true).of(request(false, Map.of("X-Forwarded-Proto", "https"))));
        assertTrue(tls(true).of(request(false, Map.of("Forwarded", "for=10.0.0.1; proto=https"))));
        assertFalse(tls(true).of(request(false, Map.of("X-Forwarded-Proto", "http"))));
        assertFalse(tls(false).of(request(false, Map.of("X-Forwarded-Proto", "https"))));
        assertFalse(tls(true).of(request(false, Map.of())));
    }
}
