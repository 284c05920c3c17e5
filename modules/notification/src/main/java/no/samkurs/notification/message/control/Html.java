package no.samkurs.notification.message.control;

/** Text into HTML: every value escaped, and only http(s) addresses become links. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link to the address with the text, or the text alone when the address is not http or https. */
    static String link(String address, String text) {
        String lower = address == null ? "" : address.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return escape(text);
        }
        return "<a href=\"" + escape(address.strip()) + "\">" + escape(text) + "</a>";
    }
}
