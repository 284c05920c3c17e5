package no.samkurs.calendar.personal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person follows an offering: its sessions go into the person's own feed. Immutable; unfollowing removes it. */
@Entity
@Table(name = "calendar_follow")
@IdClass(Follow.Key.class)
@NamedQuery(name = Follow.OFFERINGS_OF, query = "SELECT f.offeringId FROM Follow f WHERE f.personId = :person")
public class Follow {

    public static final String OFFERINGS_OF = "Follow.offeringsOf";

    /** The primary key: one follow per person and offering (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {

        private String personId;
        private String offeringId;

        public Key() {
        }

        public Key(String personId, String offeringId) {
            this.personId = personId;
            this.offeringId = offeringId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(personId, key.personId)
                    && Objects.equals(offeringId, key.offeringId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, offeringId);
        }
    }

    @Id
    @Column(name = "person_id")
    private String personId;

    @Id
    @Column(name = "offering_id")
    private String offeringId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Follow() {
    }

    public Follow(String personId, String offeringId, Instant now) {
        this.personId = Objects.requireNonNull(personId);
        this.offeringId = Objects.requireNonNull(offeringId);
        this.createdAt = now;
    }

    public String personId() {
        return personId;
    }

    public String offeringId() {
        return offeringId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
