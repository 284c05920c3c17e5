package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of this request: the one just chosen ({@code ?lang=nn}, then remembered in a cookie for a year),
 * else the remembered one, else bokmål. Whatever the browser's own language is: a Norwegian public service
 * speaks bokmål unless asked otherwise.
 */
@Named
@RequestScoped
public class Language {

    public static final String PARAMETER = "lang";
    static final String COOKIE = "samkurs-sprak";
    static final List<String> TAGS = List.of("nb", "nn", "en");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(resolve(FacesContext.getCurrentInstance().getExternalContext()));
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    private static String resolve(ExternalContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String chosen = request.getParameter(PARAMETER);
        if (chosen != null && TAGS.contains(chosen)) {
            remember((HttpServletResponse) context.getResponse(), request, chosen);
            return chosen;
        }
        return remembered(request).orElse("nb");
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
