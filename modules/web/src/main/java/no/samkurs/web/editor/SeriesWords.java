package no.samkurs.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.web.layout.Language;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The series page's words in the reader's language: the weekdays to choose from, and values in the stale table. */
@Named
@RequestScoped
public class SeriesWords {

    @Inject
    Language language;

    /** The weekday choices: the first date's by default, or one of the seven. */
    public List<SelectItem> getWeekdays() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", texts().getString("series.weekdaySame")));
        for (DayOfWeek day : DayOfWeek.values()) {
            items.add(new SelectItem(String.valueOf(day.getValue()), weekday(String.valueOf(day.getValue()))));
        }
        return items;
    }

    public List<Repetition> getRepetitions() {
        return List.of(Repetition.values());
    }

    /** A field's value as the stale table shows it: repetitions and weekdays in words, blank as "(empty)". */
    public String display(SeriesField field, String value) {
        if (value == null || value.isBlank()) {
            return texts().getString("stale.none");
        }
        return switch (field) {
            case REPETITION -> Repetition.of(value).map(r -> texts().getString("series.repeat." + r.code()))
                    .orElse(value);
            case WEEKDAY -> weekday(value);
            default -> value;
        };
    }

    private String weekday(String value) {
        try {
            String name = DayOfWeek.of(Integer.parseInt(value)).getDisplayName(TextStyle.FULL_STANDALONE,
                    language.getLocale());
            return name.substring(0, 1).toUpperCase(language.getLocale()) + name.substring(1);
        } catch (RuntimeException e) {
            return value;
        }
    }

    private ResourceBundle texts() {
        return EditorTexts.of(language);
    }
}
