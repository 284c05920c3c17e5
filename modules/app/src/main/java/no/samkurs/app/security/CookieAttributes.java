package no.samkurs.app.security;

import no.samkurs.platform.security.Forwarded;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every cookie {@code SameSite=Lax}, so that another site cannot make a browser send our session with a
 * form it posts, and {@code Secure} when the request came over TLS, directly or through a proxy that says so, so
 * that the browser never sends the session over plain HTTP. (Payara 6 ignores SameSite in web.xml; HttpOnly comes
 * from there.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CookieAttributes extends HttpFilter {

    @Inject
    Forwarded forwarded;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws java.io.IOException, ServletException {
        CookieAttributeResponse mended = new CookieAttributeResponse(response, forwarded.overTls(request));
        // The container may have set the session cookie already, while signing the person in.
        mended.mendSetCookies();
        chain.doFilter(request, mended);
        mended.mendSetCookies();
    }
}
