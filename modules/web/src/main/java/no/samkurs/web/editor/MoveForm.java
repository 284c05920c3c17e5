package no.samkurs.web.editor;

import no.samkurs.calendar.series.entity.Series;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/** Moving one meeting: its new date and times as typed, filled in with the meeting's own to begin with. */
public class MoveForm implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private String date;
    private String start;
    private String end;

    static MoveForm of(OccurrenceRow meeting) {
        MoveForm form = new MoveForm();
        form.date = meeting.startsAt().atZone(Series.ZONE).toLocalDate().toString();
        form.start = TIME.format(meeting.startsAt().atZone(Series.ZONE));
        form.end = TIME.format(meeting.endsAt().atZone(Series.ZONE));
        return form;
    }

    /** What cannot be read, each at its field; empty when the move can be asked of the calendar. */
    List<SeriesMapping.Error> errors(ResourceBundle texts) {
        List<SeriesMapping.Error> errors = new ArrayList<>();
        String form = SeriesEditor.MOVE_FORM + ":";
        if (ExcludedDates.date(date).isEmpty()) {
            errors.add(SeriesMapping.Error.own(form + "moveDate", texts.getString("error.date")));
        }
        if (clock(start).isEmpty()) {
            errors.add(SeriesMapping.Error.own(form + "moveStart", texts.getString("error.time")));
        }
        if (clock(end).isEmpty()) {
            errors.add(SeriesMapping.Error.own(form + "moveEnd", texts.getString("error.time")));
        }
        return errors;
    }

    Instant startsAt() {
        return at(start);
    }

    Instant endsAt() {
        return at(end);
    }

    private Instant at(String time) {
        LocalDate day = ExcludedDates.date(date).orElseThrow();
        return day.atTime(clock(time).orElseThrow()).atZone(Series.ZONE).toInstant();
    }

    /** A time as 13:00, or as Norwegians write it, 13.00. */
    private static Optional<LocalTime> clock(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty()
                    : Optional.of(LocalTime.parse(value.strip().replace('.', ':')));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }
}
