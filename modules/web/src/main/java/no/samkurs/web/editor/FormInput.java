package no.samkurs.web.editor;

import no.samkurs.catalog.offering.boundary.OfferingInput;
import no.samkurs.catalog.offering.boundary.OfferingInput.ContactInput;
import no.samkurs.catalog.offering.boundary.OfferingInput.LinkInput;
import no.samkurs.catalog.offering.boundary.OfferingInput.SessionInput;
import no.samkurs.catalog.offering.boundary.OfferingInput.VenueInput;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the form into the catalog's {@link OfferingInput}, the same input the REST API takes, so the catalog's
 * validation and rules apply unchanged. What only a form can get wrong (a date without a time, letters in a number)
 * is said here, in the reader's language, against the field in the catalog's own naming ({@code sessions[1].end}).
 * Rows left empty are no sessions or links; {@link #rowPath} takes the catalog's positions back to the form's rows.
 */
public final class FormInput {

    /** One problem with the form, named as the catalog names fields. */
    public record FieldError(String field, String message) {
    }

    /** The input, the form's own errors, and for each session and link of the input the row it came from. */
    public record Mapped(OfferingInput input, List<FieldError> errors, List<Integer> sessionRows,
                         List<Integer> linkRows) {

        private static final Pattern INDEXED = Pattern.compile("^(sessions|links)\\[(\\d+)]");

        /** The catalog's field name with the input's position replaced by the form's row. */
        public String rowPath(String field) {
            if (field == null) {
                return null;
            }
            Matcher m = INDEXED.matcher(field);
            if (!m.find()) {
                return field;
            }
            List<Integer> rows = m.group(1).equals("sessions") ? sessionRows : linkRows;
            int index = Integer.parseInt(m.group(2));
            int row = index < rows.size() ? rows.get(index) : index;
            return m.group(1) + "[" + row + "]" + field.substring(m.end());
        }
    }

    private static final Pattern NORWEGIAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ResourceBundle texts;
    private final List<FieldError> errors = new ArrayList<>();

    private FormInput(ResourceBundle texts) {
        this.texts = texts;
    }

    /** The input of this form for an offering at {@code version} (null when new); texts are the editor's bundle. */
    public static Mapped map(OfferingForm form, Long version, ResourceBundle texts) {
        return new FormInput(texts).mapped(form, version);
    }

    private Mapped mapped(OfferingForm f, Long version) {
        List<SessionInput> sessions = new ArrayList<>();
        List<Integer> sessionRows = new ArrayList<>();
        for (int i = 0; i < f.getSessions().size(); i++) {
            SessionRow row = f.getSessions().get(i);
            if (!row.isBlank()) {
                String field = "sessions[" + i + "]";
                sessions.add(new SessionInput(row.getId(),
                        dateTime(field + ".start", row.getStartDate(), row.getStartTime(), true),
                        dateTime(field + ".end", row.getEndDate(), row.getEndTime(), true),
                        text(row.getTitle()), text(row.getJoinUrl()), text(row.getLocation())));
                sessionRows.add(i);
            }
        }
        List<LinkInput> links = new ArrayList<>();
        List<Integer> linkRows = new ArrayList<>();
        for (int i = 0; i < f.getLinks().size(); i++) {
            LinkRow row = f.getLinks().get(i);
            if (!row.isBlank()) {
                links.add(new LinkInput(row.getKind(), text(row.getTitle()), text(row.getUrl())));
                linkRows.add(i);
            }
        }
        OfferingInput input = new OfferingInput(null, version, text(f.getKind()), text(f.getDelivery()),
                text(f.getTitle()), text(f.getSummary()), text(f.getDescription()), List.copyOf(f.getTopics()),
                List.copyOf(f.getTargetGroups()), f.isNational(), f.isNational() ? List.of() : List.copyOf(f.getCounties()),
                text(f.getLanguage()), number("priceNok", f.getPrice()), number("capacity", f.getCapacity()),
                dateTime("enrollmentOpens", f.getOpensDate(), f.getOpensTime(), false),
                dateTime("enrollmentCloses", f.getClosesDate(), f.getClosesTime(), false),
                allBlank(f.getContactName(), f.getContactEmail(), f.getContactPhone()) ? null
                        : new ContactInput(text(f.getContactName()), text(f.getContactEmail()), text(f.getContactPhone())),
                allBlank(f.getVenueName(), f.getVenueAddress(), f.getVenueMunicipality()) ? null
                        : new VenueInput(text(f.getVenueName()), text(f.getVenueAddress()), text(f.getVenueMunicipality())),
                links, sessions);
        return new Mapped(input, List.copyOf(errors), List.copyOf(sessionRows), List.copyOf(linkRows));
    }

    /** A whole number, spaces allowed ("1 500"); null when blank. */
    private Integer number(String field, String value) {
        if (OfferingForm.blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\u00a0]", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, texts.getString("error.number")));
            return null;
        }
    }

    /** Date and time as the catalog reads Norwegian local time ("2027-02-03T09:00"); both or neither. */
    private String dateTime(String field, String date, String time, boolean required) {
        if (OfferingForm.blank(date) && OfferingForm.blank(time)) {
            if (required) {
                errors.add(new FieldError(field, texts.getString("error.dateTimeMissing")));
            }
            return null;
        }
        if (OfferingForm.blank(date) || OfferingForm.blank(time)) {
            errors.add(new FieldError(field, texts.getString("error.dateTimeIncomplete")));
            return null;
        }
        LocalDate day = date(date.strip());
        LocalTime clock = time(time.strip());
        if (day == null) {
            errors.add(new FieldError(field, texts.getString("error.date")));
        } else if (clock == null) {
            errors.add(new FieldError(field, texts.getString("error.time")));
        } else {
            return day + "T" + TIME.format(clock);
        }
        return null;
    }

    /** The browser's ISO date, or the Norwegian 3.2.2027 where a browser has no date input. */
    static LocalDate date(String value) {
        try {
            Matcher m = NORWEGIAN_DATE.matcher(value);
            return m.matches() ? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))) : LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The browser's 09:00, or 9.00 as Norwegians write it. */
    static LocalTime time(String value) {
        Matcher m = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::\\d{2})?").matcher(value);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    private static String text(String value) {
        return OfferingForm.text(value);
    }

    private static boolean allBlank(String... values) {
        return Stream.of(values).allMatch(OfferingForm::blank);
    }
}
