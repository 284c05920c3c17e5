package no.samkurs.notification.preference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The messages one person chose: whether they get reminders before their sessions. A person without one gets them
 * (the default); only the person changes it.
 */
@Entity
@Table(name = "notification_preference")
public class Preference {

    @Id
    @Column(name = "person_id")
    private String personId;

    @Version
    private long version;

    private boolean reminders;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Preference() {
    }

    /** The default: reminders on. */
    public Preference(String personId, Instant now) {
        this.personId = personId;
        this.reminders = true;
        this.updatedAt = now;
    }

    public void remind(boolean reminders, Instant now) {
        this.reminders = reminders;
        this.updatedAt = now;
    }

    public String personId() {
        return personId;
    }

    public boolean reminders() {
        return reminders;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
