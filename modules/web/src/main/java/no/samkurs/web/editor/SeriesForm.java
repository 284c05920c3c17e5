package no.samkurs.web.editor;

import java.io.Serializable;

/**
 * The series form as typed: dates (2026-09-08) and times (13:00) as the browser's inputs send them, the repetition
 * as one of {@link Repetition}'s codes with its weekday and last date, or the expert's own rule, and the excluded
 * dates as lines of text. {@code version} is the stored series' the form was filled from (null for a new one).
 */
public class SeriesForm implements Serializable {

    private Long version;
    private String title;
    private String firstDate;
    private String startTime;
    private String endTime;
    private String repetition = Repetition.WEEKLY.code();
    private String weekday;
    private String until;
    private String rule;
    private String excluded;
    private String location;
    private String joinUrl;

    SeriesForm copy() {
        SeriesForm copy = new SeriesForm();
        for (SeriesField field : SeriesField.values()) {
            field.set(copy, field.get(this));
        }
        copy.version = version;
        return copy;
    }

    boolean ownRule() {
        return Repetition.OWN_RULE.code().equals(repetition);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(String firstDate) {
        this.firstDate = firstDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getRepetition() {
        return repetition;
    }

    public void setRepetition(String repetition) {
        this.repetition = repetition;
    }

    public String getWeekday() {
        return weekday;
    }

    public void setWeekday(String weekday) {
        this.weekday = weekday;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getExcluded() {
        return excluded;
    }

    public void setExcluded(String excluded) {
        this.excluded = excluded;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public void setJoinUrl(String joinUrl) {
        this.joinUrl = joinUrl;
    }
}
