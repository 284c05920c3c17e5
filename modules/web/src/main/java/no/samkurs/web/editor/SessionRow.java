package no.samkurs.web.editor;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;

/** One session as the form shows it: date and time apart, as the inputs take them; {@code id} keeps its identity. */
public class SessionRow implements Serializable {

    private String id;
    private String startDate;
    private String startTime;
    private String endDate;
    private String endTime;
    private String title;
    private String location;
    private String joinUrl;

    public SessionRow() {
    }

    SessionRow(String id, String startDate, String startTime, String endDate, String endTime, String title,
               String location, String joinUrl) {
        this.id = id;
        this.startDate = startDate;
        this.startTime = startTime;
        this.endDate = endDate;
        this.endTime = endTime;
        this.title = title;
        this.location = location;
        this.joinUrl = joinUrl;
    }

    SessionRow copy() {
        return new SessionRow(id, startDate, startTime, endDate, endTime, title, location, joinUrl);
    }

    /** Nothing written in it: a row added and left empty is no session. */
    boolean isBlank() {
        return Stream.of(startDate, startTime, endDate, endTime, title, location, joinUrl)
                .allMatch(OfferingForm::blank);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionRow r && Objects.equals(id, r.id) && Objects.equals(startDate, r.startDate)
                && Objects.equals(startTime, r.startTime) && Objects.equals(endDate, r.endDate)
                && Objects.equals(endTime, r.endTime) && Objects.equals(OfferingForm.text(title), OfferingForm.text(r.title))
                && Objects.equals(OfferingForm.text(location), OfferingForm.text(r.location))
                && Objects.equals(OfferingForm.text(joinUrl), OfferingForm.text(r.joinUrl));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, startDate, startTime, endDate, endTime);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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
