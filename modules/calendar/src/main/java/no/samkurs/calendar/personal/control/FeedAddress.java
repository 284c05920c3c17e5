package no.samkurs.calendar.personal.control;

import java.net.URI;

/**
 * The two forms of a feed's address: the web form, and the webcal form that calendar programs open as a
 * subscription. Feeds live at {@code calendar/...} under the application's root, beside the API.
 */
public record FeedAddress(String https, String webcal) {

    /**
     * For a path under the application's root address (ending in "/"); the web form is https whenever the request
     * came over TLS, also when a proxy in front of us ended it.
     */
    public static FeedAddress of(URI root, boolean overTls, String path) {
        URI feed = root.resolve(path);
        String where = feed.getRawAuthority() + feed.getRawPath();
        return new FeedAddress((overTls ? "https" : feed.getScheme()) + "://" + where, "webcal://" + where);
    }

    /** The personal feed of a token. */
    public static FeedAddress personal(URI root, boolean overTls, String token) {
        return of(root, overTls, "calendar/personal/" + token + ".ics");
    }
}
