package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The header's menu: what this person may go to, by role, and the same page in the other languages. */
@Named
@RequestScoped
public class Menu {

    public record Item(String path, String key, boolean current) {
    }

    public record Choice(String tag, String name, String href, boolean current) {
    }

    /** Menu entries: path, text key, and the role that shows it (null: everyone signed in or not). */
    private static final List<String[]> ENTRIES = List.of(
            new String[]{"/tilbud", "menu.catalog", null},
            new String[]{"/kalender", "menu.calendar", null},
            new String[]{"/min-side", "menu.account", "*"},
            new String[]{"/kommune", "menu.municipality", "municipal-contact"},
            new String[]{"/redaktor", "menu.editor", "provider-editor"},
            new String[]{"/koordinator", "menu.coordinator", "regional-coordinator"},
            new String[]{"/koordinator/overlapp", "menu.overlaps", "regional-coordinator"},
            new String[]{"/admin", "menu.admin", "administrator"});

    private static final Map<String, String> NAMES = Map.of("nb", "Bokmål", "nn", "Nynorsk", "en", "English");

    @Inject
    Language language;

    @Inject
    Accounts accounts;

    private Optional<Person> person;

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public String getName() {
        return person().map(Person::name).orElse("");
    }

    public Optional<Person> person() {
        if (person == null) {
            person = isSignedIn() ? accounts.byEmail(request().getUserPrincipal().getName()) : Optional.empty();
        }
        return person;
    }

    public List<Item> getItems() {
        HttpServletRequest request = request();
        String here = path(request);
        List<String[]> shown = ENTRIES.stream().filter(entry -> entry[2] == null || "*".equals(entry[2])
                ? entry[2] == null || isSignedIn() : request.isUserInRole(entry[2])).toList();
        // The page is under the entry with the longest path that leads to it (/koordinator/overlapp, not /koordinator).
        String current = shown.stream().map(entry -> entry[0])
                .filter(path -> here.equals(path) || here.startsWith(path + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        return shown.stream().map(entry -> new Item(entry[0], entry[1], entry[0].equals(current))).toList();
    }

    public List<Choice> getLanguages() {
        HttpServletRequest request = request();
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !Language.PARAMETER.equals(e.getKey()) && !e.getKey().startsWith("jakarta.faces"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        String base = request.getContextPath() + path(request) + "?" + (query.isEmpty() ? "" : query + "&");
        return Language.TAGS.stream().map(tag -> new Choice(tag, NAMES.get(tag), base + Language.PARAMETER + "=" + tag,
                tag.equals(language.getTag()))).toList();
    }

    public String getLoginHref() {
        HttpServletRequest request = request();
        String query = request.getQueryString();
        String next = path(request) + (query == null ? "" : "?" + query);
        return request.getContextPath() + "/login?neste=" + encode(next);
    }

    /** The page's own address without ".xhtml", as people see it; on an error page, the address that failed. */
    static String path(HttpServletRequest request) {
        // On an error page (feil/404.xhtml): the address that failed, so that the language links and signing in
        // come back to it.
        Object failed = request.getAttribute("jakarta.servlet.error.request_uri");
        if (failed != null && failed.toString().startsWith(request.getContextPath())) {
            return failed.toString().substring(request.getContextPath().length());
        }
        Object forwarded = request.getAttribute("jakarta.servlet.forward.servlet_path");
        String path = forwarded != null ? forwarded.toString() : request.getServletPath();
        if (path.endsWith(".xhtml")) {
            path = path.substring(0, path.length() - ".xhtml".length());
        }
        return path.equals("/index") ? "/" : path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
