package no.samkurs.calendar.feed.control;

/**
 * RFC 5545 line folding: content lines longer than 75 octets continue on the next line after CRLF and a space.
 * Counted in UTF-8 octets, never splitting a character (ical4j folds by characters, and æ, ø and å are two octets).
 */
public final class Folding {

    public static final String CRLF = "\r\n";
    private static final int LIMIT = 75;

    private Folding() {
    }

    /** Every line of the text (ended by CRLF or LF) folded and ended by CRLF. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 60 * 3 + 16);
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty()) {
                foldLine(line, folded);
            }
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int limit = LIMIT;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = LIMIT - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
