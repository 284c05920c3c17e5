package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The check value of a signed-in session, for the plain forms of stateless pages (the offering page's follow and
 * enroll buttons): those pages have no Faces view state, which guards our other forms against forgery, so their
 * forms carry this instead ({@code <input type="hidden" name="kontroll" value="#{formCheck.value}"/>}) and the page
 * they post to acts only when it matches. Made when first asked for, kept with the session.
 */
@Named
@RequestScoped
public class FormCheck {

    public static final String PARAMETER = "kontroll";
    private static final String SESSION = "samkurs.skjemakontroll";
    private static final SecureRandom RANDOM = new SecureRandom();

    public String getValue() {
        HttpSession session = request().getSession();
        Object check = session.getAttribute(SESSION);
        if (check == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            check = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION, check);
        }
        return check.toString();
    }

    /** Whether this request is a POST carrying the session's check value. */
    public boolean passed() {
        HttpServletRequest request = request();
        HttpSession session = request.getSession(false);
        Object check = session == null ? null : session.getAttribute(SESSION);
        String sent = request.getParameter(PARAMETER);
        return "POST".equals(request.getMethod()) && check != null && sent != null
                && MessageDigest.isEqual(check.toString().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
