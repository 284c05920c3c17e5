package no.samkurs.platform.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a person may be sent on to after signing in (or any other redirect taken from a request): a path on this
 * site and nothing else. Browsers repair what they are given (they drop tabs and line breaks, read {@code \} as
 * {@code /}, decode {@code %2F}), so anything they might repair into another site is refused, not cleaned.
 */
public final class LocalPath {

    public static final String HOME = "/";
    private static final int LONGEST = 2000;

    private LocalPath() {
    }

    /** The path itself, normalised, when it is safe; the front page otherwise. */
    public static String orHome(String next) {
        return of(next).orElse(HOME);
    }

    public static Optional<String> of(String next) {
        if (next == null || next.isEmpty() || next.length() > LONGEST || !visibleAscii(next)
                || !next.startsWith("/") || next.startsWith("//") || next.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String lower = next.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return Optional.empty();
            }
            String decoded = uri.getPath();
            if (!visibleText(decoded) || decoded.contains("..") || decoded.contains("//")) {
                return Optional.empty();
            }
            String normalised = uri.normalize().toString();
            return normalised.startsWith("/") && !normalised.startsWith("//")
                    ? Optional.of(normalised) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Printable ASCII only: no spaces, controls or look-alikes of '/' and '.' from elsewhere in Unicode. */
    private static boolean visibleAscii(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** After decoding, letters of any script are fine (a path may name "søk"); controls and backslashes are not. */
    private static boolean visibleText(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c) || c == '\\'
                || Character.getType(c) == Character.FORMAT);
    }
}
