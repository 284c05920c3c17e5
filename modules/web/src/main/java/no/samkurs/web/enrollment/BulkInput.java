package no.samkurs.web.enrollment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a municipal contact pastes or uploads to enroll: one per line, an e-mail address and, after a
 * semicolon (or a comma or a tab), the service they work in, by code or by name. A first line of headings
 * ({@code e-post;tjeneste} or {@code email;service}, in any order, as a spreadsheet saves it) says which column is
 * which; blank lines are skipped. Each entry keeps its line number, so that the results speak of the lines as the
 * person sees them.
 */
final class BulkInput {

    /** One person to enroll, from line {@code line} (counted from 1) of the text. */
    record Entry(int line, String email, String service) {
    }

    private static final Set<String> EMAIL = Set.of("email", "e-mail", "e-post", "epost", "e-postadresse");
    private static final Set<String> SERVICE = Set.of("service", "tjeneste", "teneste");

    private BulkInput() {
    }

    static List<Entry> read(String text) {
        List<Entry> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
        int email = 0;
        int service = 1;
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (first) {
                first = false;
                int headingEmail = index(cells, EMAIL);
                if (headingEmail >= 0) {
                    email = headingEmail;
                    service = index(cells, SERVICE);
                    continue;
                }
            }
            entries.add(new Entry(i + 1, cell(cells, email), cell(cells, service)));
        }
        return entries;
    }

    private static List<String> cells(String line) {
        String separator = line.contains(";") ? ";" : line.contains("\t") ? "\t" : ",";
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(separator, -1)) {
            String value = cell.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
            }
            cells.add(value);
        }
        return cells;
    }

    private static int index(List<String> cells, Set<String> names) {
        for (int i = 0; i < cells.size(); i++) {
            if (names.contains(cells.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() || cells.get(index).isEmpty() ? null : cells.get(index);
    }
}
