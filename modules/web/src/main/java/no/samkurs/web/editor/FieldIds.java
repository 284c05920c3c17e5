package no.samkurs.web.editor;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Where on the edit page each of the catalog's fields stands ({@code title}, {@code sessions[1].end},
 * {@code venue.municipality}), as the client id of its control: a message is shown next to it and the error summary
 * links to it. A field the page has no control for gets null: its message is shown in the summary only.
 */
final class FieldIds {

    static final String FORM = "tilbud";

    private static final Map<String, String> FIELDS = Map.ofEntries(
            entry("kind", "kind"), entry("delivery", "delivery"), entry("title", "title"),
            entry("summary", "summary"), entry("description", "description"), entry("language", "language"),
            entry("topics", "topics"), entry("targetGroups", "targetGroups"), entry("national", "national"),
            entry("counties", "counties"), entry("priceNok", "price"), entry("capacity", "capacity"),
            entry("enrollmentOpens", "opensDate"), entry("enrollmentCloses", "closesDate"),
            entry("contact", "contactName"), entry("contact.name", "contactName"),
            entry("contact.email", "contactEmail"), entry("contact.phone", "contactPhone"),
            entry("venue", "venueName"), entry("venue.name", "venueName"), entry("venue.address", "venueAddress"),
            entry("venue.municipality", "venueMunicipality"), entry("sessions", "addSession"),
            entry("links", "addLink"), entry("links.kind", "addLink"));

    private static final Map<String, String> SESSION = Map.of("start", "startDate", "end", "endDate",
            "title", "sessionTitle", "location", "sessionLocation", "joinUrl", "sessionJoinUrl", "id", "startDate");

    private static final Map<String, String> LINK = Map.of("kind", "linkKind", "title", "linkTitle", "url", "linkUrl");

    /** Fields of the page's smaller forms: co-hosts and cancellation. */
    private static final Map<String, String> OTHER_FORMS = Map.of("organisation", "medarrangorer:organisation",
            "reason", "avlysning:reason");

    private static final Pattern ROW = Pattern.compile("(sessions|links)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private FieldIds() {
    }

    /** The client id of the control for a field named as the catalog names it, with the form's row numbers. */
    static String of(String field) {
        if (field == null) {
            return null;
        }
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            boolean session = row.group(1).equals("sessions");
            String part = row.group(3) == null ? "" : row.group(3);
            String control = session ? SESSION.getOrDefault(part, "startDate") : LINK.getOrDefault(part, "linkTitle");
            return FORM + ":" + (session ? "okter" : "lenker") + ":" + row.group(2) + ":" + control;
        }
        if (OTHER_FORMS.containsKey(field)) {
            return OTHER_FORMS.get(field);
        }
        String id = FIELDS.get(INDEX.matcher(field).replaceAll(""));
        return id == null ? null : FORM + ":" + id;
    }

    /** The catalog's fields in the order the page shows them, for the error summary. */
    private static final List<String> ORDER = List.of("kind", "delivery", "title", "summary",
            "description", "language", "topics", "targetGroups", "national", "counties", "sessions", "venue",
            "priceNok", "capacity", "enrollmentOpens", "enrollmentCloses", "contact", "links");

    /** Orders fields as the page shows them: by section, then row, then the field's name. */
    static final Comparator<String> IN_PAGE_ORDER = Comparator
            .comparingInt((String field) -> rank(field)).thenComparing(FieldIds::row).thenComparing(f -> f);

    private static int rank(String field) {
        String head = field.split("[.\\[]")[0];
        int rank = ORDER.indexOf(head);
        return rank < 0 ? ORDER.size() : rank;
    }

    private static int row(String field) {
        Matcher row = ROW.matcher(field);
        return row.lookingAt() ? Integer.parseInt(row.group(2)) : 0;
    }

    /** A Bean Validation path as the catalog names fields: {@code sessions[0].start}, {@code counties[2]}. */
    static String path(Iterable<Path.Node> path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
