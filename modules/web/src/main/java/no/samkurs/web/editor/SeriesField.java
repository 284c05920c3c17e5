package no.samkurs.web.editor;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The series form's fields, each with its text key, for merging a stale edit field by field ({@link StaleSeries}).
 * The repetition's four inputs count as one field: they make one rule together.
 */
public enum SeriesField {
    TITLE("series.title", SeriesForm::getTitle, SeriesForm::setTitle),
    FIRST_DATE("series.firstDate", SeriesForm::getFirstDate, SeriesForm::setFirstDate),
    START("series.start", SeriesForm::getStartTime, SeriesForm::setStartTime),
    END("series.end", SeriesForm::getEndTime, SeriesForm::setEndTime),
    REPETITION("series.repetition", SeriesForm::getRepetition, SeriesForm::setRepetition),
    WEEKDAY("series.weekday", SeriesForm::getWeekday, SeriesForm::setWeekday),
    UNTIL("series.until", SeriesForm::getUntil, SeriesForm::setUntil),
    RULE("series.rule", SeriesForm::getRule, SeriesForm::setRule),
    EXCLUDED("series.excluded", SeriesForm::getExcluded, SeriesForm::setExcluded),
    LOCATION("series.location", SeriesForm::getLocation, SeriesForm::setLocation),
    JOIN_URL("series.joinUrl", SeriesForm::getJoinUrl, SeriesForm::setJoinUrl);

    private final String key;
    private final Function<SeriesForm, String> getter;
    private final BiConsumer<SeriesForm, String> setter;

    SeriesField(String key, Function<SeriesForm, String> getter, BiConsumer<SeriesForm, String> setter) {
        this.key = key;
        this.getter = getter;
        this.setter = setter;
    }

    public String key() {
        return key;
    }

    String get(SeriesForm form) {
        return getter.apply(form);
    }

    void set(SeriesForm form, String value) {
        setter.accept(form, value);
    }

    /** Equal as a person reads them: blank is empty, and spaces around do not count. */
    boolean same(SeriesForm a, SeriesForm b) {
        return Objects.equals(OfferingForm.text(get(a)), OfferingForm.text(get(b)));
    }
}
