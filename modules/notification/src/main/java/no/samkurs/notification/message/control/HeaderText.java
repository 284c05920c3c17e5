package no.samkurs.notification.message.control;

/**
 * A value for a mail header (subject, display name): control characters (CR and LF among them) and line separators
 * become spaces, runs of space one, and the length is bounded. Jakarta Mail encodes what is left (RFC 2047); a value
 * with a line break could otherwise start a header of its own.
 */
final class HeaderText {

    static final int MAX = 200;

    private HeaderText() {
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String flat = value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").replaceAll("\\s{2,}", " ").strip();
        return flat.length() <= MAX ? flat : flat.substring(0, MAX - 1).strip() + "…";
    }
}
