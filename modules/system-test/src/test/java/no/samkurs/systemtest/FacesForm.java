package no.samkurs.systemtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces form as a browser submits it, read from a page's HTML: its action, its hidden fields (the view state
 * among them, which is the form's protection against forgery) and its first submit button. Post it with the cookie
 * of the page it came from, or the view state is unknown to the server.
 */
record FacesForm(String action, Map<String, String> fields) {

    private static final Pattern TAG = Pattern.compile("<(form|input|/form)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"");

    /** The form with this id on the page. */
    static FacesForm in(String html, String formId) {
        Matcher tags = TAG.matcher(html);
        String action = null;
        Map<String, String> fields = new LinkedHashMap<>();
        boolean inside = false;
        boolean submit = false;
        while (tags.find()) {
            Map<String, String> attributes = attributes(tags.group(2));
            switch (tags.group(1)) {
                case "form" -> {
                    inside = formId.equals(attributes.get("id"));
                    action = inside ? attributes.get("action") : action;
                }
                case "/form" -> inside = false;
                default -> {
                    String type = attributes.getOrDefault("type", "text");
                    String name = attributes.get("name");
                    if (inside && name != null && (type.equals("hidden") || type.equals("submit") && !submit)) {
                        fields.put(name, attributes.getOrDefault("value", ""));
                        submit |= type.equals("submit");
                    }
                }
            }
        }
        if (action == null || !fields.containsKey("jakarta.faces.ViewState")) {
            throw new AssertionError("no Faces form \"" + formId + "\" with a view state in:\n" + html);
        }
        return new FacesForm(action, Map.copyOf(fields));
    }

    FacesForm with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new FacesForm(action, more);
    }

    /** The fields as an {@code application/x-www-form-urlencoded} body. */
    String body() {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            attributes.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
