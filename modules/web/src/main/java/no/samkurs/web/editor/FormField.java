package no.samkurs.web.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The form's fields one by one, as a stale edit compares and merges them: each with its text key, how to read it
 * (as a value that compares by meaning: lists of choices as sorted sets, blank as nothing) and how to write it.
 */
enum FormField {
    KIND("kind", OfferingForm::getKind, (f, v) -> f.setKind((String) v)),
    DELIVERY("delivery", OfferingForm::getDelivery, (f, v) -> f.setDelivery((String) v)),
    TITLE("title", OfferingForm::getTitle, (f, v) -> f.setTitle((String) v)),
    SUMMARY("summary", OfferingForm::getSummary, (f, v) -> f.setSummary((String) v)),
    DESCRIPTION("description", OfferingForm::getDescription, (f, v) -> f.setDescription((String) v)),
    LANGUAGE("language", OfferingForm::getLanguage, (f, v) -> f.setLanguage((String) v)),
    TOPICS("topics", OfferingForm::getTopics, (f, v) -> f.setTopics(strings(v))),
    TARGET_GROUPS("targetGroups", OfferingForm::getTargetGroups, (f, v) -> f.setTargetGroups(strings(v))),
    NATIONAL("national", OfferingForm::isNational, (f, v) -> f.setNational((Boolean) v)),
    COUNTIES("counties", OfferingForm::getCounties, (f, v) -> f.setCounties(strings(v))),
    PRICE("price", OfferingForm::getPrice, (f, v) -> f.setPrice((String) v)),
    CAPACITY("capacity", OfferingForm::getCapacity, (f, v) -> f.setCapacity((String) v)),
    OPENS("opens", f -> Arrays.asList(f.getOpensDate(), f.getOpensTime()), (f, v) -> {
        f.setOpensDate(strings(v).get(0));
        f.setOpensTime(strings(v).get(1));
    }),
    CLOSES("closes", f -> Arrays.asList(f.getClosesDate(), f.getClosesTime()), (f, v) -> {
        f.setClosesDate(strings(v).get(0));
        f.setClosesTime(strings(v).get(1));
    }),
    VENUE_NAME("venueName", OfferingForm::getVenueName, (f, v) -> f.setVenueName((String) v)),
    VENUE_ADDRESS("venueAddress", OfferingForm::getVenueAddress, (f, v) -> f.setVenueAddress((String) v)),
    VENUE_MUNICIPALITY("venueMunicipality", OfferingForm::getVenueMunicipality,
            (f, v) -> f.setVenueMunicipality((String) v)),
    CONTACT_NAME("contactName", OfferingForm::getContactName, (f, v) -> f.setContactName((String) v)),
    CONTACT_EMAIL("contactEmail", OfferingForm::getContactEmail, (f, v) -> f.setContactEmail((String) v)),
    CONTACT_PHONE("contactPhone", OfferingForm::getContactPhone, (f, v) -> f.setContactPhone((String) v)),
    SESSIONS("sessions", OfferingForm::getSessions, (f, v) -> f.setSessions(rows(v, SessionRow::copy))),
    LINKS("links", OfferingForm::getLinks, (f, v) -> f.setLinks(rows(v, LinkRow::copy)));

    private final String key;
    private final Function<OfferingForm, Object> getter;
    private final BiConsumer<OfferingForm, Object> setter;

    FormField(String key, Function<OfferingForm, Object> getter, BiConsumer<OfferingForm, Object> setter) {
        this.key = key;
        this.getter = getter;
        this.setter = setter;
    }

    String key() {
        return key;
    }

    /** The value as written (a copy of lists). */
    Object get(OfferingForm form) {
        Object value = getter.apply(form);
        return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    void set(OfferingForm form, Object value) {
        setter.accept(form, value);
    }

    /** Whether the two forms say the same here: order of choices, blank and surrounding space do not count. */
    boolean same(OfferingForm a, OfferingForm b) {
        return Objects.equals(meaning(a), meaning(b));
    }

    private Object meaning(OfferingForm form) {
        return switch (this) {
            case TOPICS, TARGET_GROUPS, COUNTIES -> new TreeSet<>(strings(get(form)));
            case SESSIONS -> form.getSessions().stream().filter(r -> !r.isBlank()).toList();
            case LINKS -> form.getLinks().stream().filter(r -> !r.isBlank()).toList();
            case OPENS, CLOSES -> strings(get(form)).stream().map(OfferingForm::text).toList();
            case NATIONAL -> get(form);
            default -> OfferingForm.text((String) get(form));
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return new ArrayList<>((List<String>) value);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Object value, Function<T, T> copy) {
        return new ArrayList<>(((List<T>) value).stream().map(copy).toList());
    }
}
