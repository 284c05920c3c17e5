package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language of this request: the one just chosen ({@code ?lang=nn}, then remembered in a cookie for a year and,
 * for someone signed in, in their profile), else the one the cookie remembers, else the signed-in person's profile,
 * else bokmål. Whatever the browser's own language is: a Norwegian public service speaks bokmål unless asked
 * otherwise.
 */
@Named
@RequestScoped
public class Language {

    public static final String PARAMETER = "lang";
    static final String COOKIE = "samkurs-sprak";
    static final List<String> TAGS = List.of("nb", "nn", "en");

    private static final Logger LOG = Logger.getLogger(Language.class.getName());

    @Inject
    LanguagePreference preference;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(resolve());
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** Reads in this language from now on: this answer, the cookie, and the profile of whoever is signed in. */
    public void choose(String tag) {
        if (!TAGS.contains(tag)) {
            throw new IllegalArgumentException("Not a language of Samkurs: " + tag);
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        remember((HttpServletResponse) context.getResponse(), request, tag);
        signedIn(request).ifPresent(email -> save(email, tag));
        locale = Locale.forLanguageTag(tag);
    }

    /** The page is worth more than the profile: if the profile cannot be written now, the cookie still holds. */
    private void save(String email, String tag) {
        try {
            preference.save(email, tag);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep the language in the profile", e);
        }
    }

    private String resolve() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String chosen = request.getParameter(PARAMETER);
        if (chosen != null && TAGS.contains(chosen)) {
            choose(chosen);
            return chosen;
        }
        return remembered(request).or(() -> signedIn(request).flatMap(preference::of)).orElse("nb");
    }

    private static Optional<String> signedIn(HttpServletRequest request) {
        return Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName);
    }

    static Optional<String> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && TAGS.contains(c.getValue()))
                .map(Cookie::getValue).findFirst();
    }

    static void remember(HttpServletResponse response, HttpServletRequest request, String tag) {
        Cookie cookie = new Cookie(COOKIE, tag);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
