package no.samkurs.web.enrollment;

import no.samkurs.enrollment.booking.entity.PolicyDetails;
import no.samkurs.web.layout.NorwegianTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The enrollment rules as the form holds them, as typed: dates and times in Norwegian time, numbers as text. It
 * maps to the component's {@link PolicyDetails}, which the component then checks; this only reads the typing, and
 * says in the reader's language what it cannot read. Without fair-share seats the whom-for choices are kept as they
 * are, so that a number of seats typed later starts from the usual rule (farther than 150 km).
 */
public class PolicyForm implements Serializable {

    static final String FORM = "regler";
    static final String DEADLINE = FORM + ":deadlineDate";
    static final String PER_MUNICIPALITY = FORM + ":perMunicipality";
    static final String RESERVED = FORM + ":reserved";
    static final String RELEASE = FORM + ":releaseDate";
    static final String FAR = FORM + ":far";
    static final String FAR_KM = FORM + ":farKm";
    static final int USUAL_KM = 150;

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A control's error, in the reader's language. */
    record Error(String control, String message) {
    }

    /** The details read from the form, or what could not be read. */
    record Mapped(PolicyDetails details, List<Error> errors) {
    }

    private String deadlineDate;
    private String deadlineTime;
    private String perMunicipality;
    private String reserved;
    private String releaseDate;
    private String releaseTime;
    private boolean far = true;
    private String farKm = String.valueOf(USUAL_KM);
    private boolean unreached;

    static PolicyForm of(PolicyDetails details) {
        PolicyForm form = new PolicyForm();
        form.deadlineDate = date(details.cancelDeadline());
        form.deadlineTime = time(details.cancelDeadline());
        form.perMunicipality = details.seatsPerMunicipality() == null ? null
                : details.seatsPerMunicipality().toString();
        form.reserved = details.reservedSeats() == 0 ? null : String.valueOf(details.reservedSeats());
        form.releaseDate = date(details.reservedUntil());
        form.releaseTime = time(details.reservedUntil());
        if (details.reservedSeats() > 0) {
            form.far = details.farKm() != null;
            form.farKm = String.valueOf(details.farKm() == null ? USUAL_KM : details.farKm());
            form.unreached = details.unreached();
        }
        return form;
    }

    Mapped map(Texts texts) {
        List<Error> errors = new ArrayList<>();
        Instant deadline = moment(deadlineDate, deadlineTime, DEADLINE, errors, texts);
        Integer perMunicipality = number(this.perMunicipality, PER_MUNICIPALITY, errors, texts);
        Integer reserved = number(this.reserved, RESERVED, errors, texts);
        int held = reserved == null ? 0 : reserved;
        Instant until = held > 0 ? moment(releaseDate, releaseTime, RELEASE, errors, texts) : null;
        Integer km = null;
        if (held > 0 && far) {
            km = number(farKm, FAR_KM, errors, texts);
            if (km == null && errors.stream().noneMatch(e -> e.control().equals(FAR_KM))) {
                errors.add(new Error(FAR_KM, texts.get("policy.error.km")));
            }
        }
        return new Mapped(new PolicyDetails(deadline, perMunicipality, held, until, km, held > 0 && unreached),
                errors);
    }

    /** A whole number, or null when blank; anything else is an error at the control. */
    private static Integer number(String text, String control, List<Error> errors, Texts texts) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new Error(control, texts.get("policy.error.number")));
            return null;
        }
    }

    /** A date and time in Norwegian time, both or neither; the error stands at the date. */
    private static Instant moment(String dateText, String timeText, String control, List<Error> errors,
                                  Texts texts) {
        boolean noDate = dateText == null || dateText.isBlank();
        boolean noTime = timeText == null || timeText.isBlank();
        if (noDate && noTime) {
            return null;
        }
        if (noDate || noTime) {
            errors.add(new Error(control, texts.get(noDate ? "policy.error.dateMissing" : "policy.error.timeMissing")));
            return null;
        }
        Optional<LocalDate> date = parse(dateText.strip(), DateTimeFormatter.ISO_LOCAL_DATE, NORWEGIAN_DATE)
                .map(LocalDate::from);
        Optional<LocalTime> time = parse(timeText.strip().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"))
                .map(LocalTime::from);
        if (date.isEmpty() || time.isEmpty()) {
            errors.add(new Error(control, texts.get(date.isEmpty() ? "policy.error.date" : "policy.error.time")));
            return null;
        }
        return LocalDateTime.of(date.get(), time.get()).atZone(NorwegianTime.OSLO).toInstant();
    }

    private static Optional<java.time.temporal.TemporalAccessor> parse(String text, DateTimeFormatter... formats) {
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(format.parse(text));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atZone(NorwegianTime.OSLO).toLocalDate().toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(NorwegianTime.OSLO));
    }

    public String getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(String deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public String getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(String deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getPerMunicipality() {
        return perMunicipality;
    }

    public void setPerMunicipality(String perMunicipality) {
        this.perMunicipality = perMunicipality;
    }

    public String getReserved() {
        return reserved;
    }

    public void setReserved(String reserved) {
        this.reserved = reserved;
    }

    public String getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(String releaseDate) {
        this.releaseDate = releaseDate;
    }

    public String getReleaseTime() {
        return releaseTime;
    }

    public void setReleaseTime(String releaseTime) {
        this.releaseTime = releaseTime;
    }

    public boolean isFar() {
        return far;
    }

    public void setFar(boolean far) {
        this.far = far;
    }

    public String getFarKm() {
        return farKm;
    }

    public void setFarKm(String farKm) {
        this.farKm = farKm;
    }

    public boolean isUnreached() {
        return unreached;
    }

    public void setUnreached(boolean unreached) {
        this.unreached = unreached;
    }
}
