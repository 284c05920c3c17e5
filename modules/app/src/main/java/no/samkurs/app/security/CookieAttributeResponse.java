package no.samkurs.app.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A response whose cookies all carry {@code SameSite} (and {@code Secure} when asked). The container adds its
 * session cookie beside the servlet API, so the headers are also mended wherever the response may be committed.
 */
final class CookieAttributeResponse extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*secure\\s*(;|$)");
    private static final Pattern SAME_SITE = Pattern.compile("(?i);\\s*samesite\\s*=");

    private final boolean secure;

    CookieAttributeResponse(HttpServletResponse response, boolean secure) {
        super(response);
        this.secure = secure;
    }

    String mended(String setCookie) {
        String mended = SAME_SITE.matcher(setCookie).find() ? setCookie : setCookie + "; SameSite=Lax";
        return !secure || SECURE.matcher(mended).find() ? mended : mended + "; Secure";
    }

    void mendSetCookies() {
        if (isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(getHeaders(SET_COOKIE));
        if (cookies.stream().allMatch(c -> mended(c).equals(c))) {
            return;
        }
        super.setHeader(SET_COOKIE, mended(cookies.get(0)));
        cookies.stream().skip(1).forEach(c -> super.addHeader(SET_COOKIE, mended(c)));
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookie.setSecure(cookie.getSecure() || secure);
        if (cookie.getAttribute("SameSite") == null) {
            cookie.setAttribute("SameSite", "Lax");
        }
        super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, SET_COOKIE.equalsIgnoreCase(name) && value != null ? mended(value) : value);
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, SET_COOKIE.equalsIgnoreCase(name) && value != null ? mended(value) : value);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        mendSetCookies();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        mendSetCookies();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        mendSetCookies();
        super.flushBuffer();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        mendSetCookies();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        mendSetCookies();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        mendSetCookies();
        super.sendError(status);
    }
}
