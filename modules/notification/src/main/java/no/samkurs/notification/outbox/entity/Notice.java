package no.samkurs.notification.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.util.Optional;

/**
 * One message to send, as the outbox keeps it. Recorded by the change that causes it (see {@code Outbox}, one
 * INSERT in that transaction); rendered only when it is sent. Invariants: its Message-ID and SEQUENCE never change,
 * so a repeated delivery is the same message; only the sender holding the lease ({@link #heldBy}) settles it; it
 * leaves PENDING as SENT or as FAILED with its reason, and a failure of the SMTP server itself is no attempt; only
 * an administrator sends a FAILED one back to PENDING ({@link #retry}), and a SENT one is never sent again.
 */
@Entity
@Table(name = "notification_outbox")
public class Notice {

    static final int REASON_MAX = 500;

    @Id
    private String id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "offering_id")
    private String offeringId;

    @Column(name = "enrollment_id")
    private String enrollmentId;

    private Integer position;

    private int sequence;

    private String language;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    /** What some kinds need besides offering and enrollment (see {@link Kind}); null for the others. */
    @Lob
    private String about;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notice() {
    }

    /**
     * A pending notice as the outbox records it. The outbox writes its rows in one statement with the change (see
     * {@code Outbox}), so this constructor is for tests.
     */
    public Notice(String id, Kind kind, String personId, String offeringId, String enrollmentId, Integer position,
                  int sequence, String language, String dedupeKey, Instant now) {
        this.id = id;
        this.kind = kind;
        this.personId = personId;
        this.offeringId = offeringId;
        this.enrollmentId = enrollmentId;
        this.position = position;
        this.sequence = sequence;
        this.language = language;
        this.dedupeKey = dedupeKey;
        this.messageId = messageIdOf(id);
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    /** The Message-ID of the notice with this id: fixed with the row, the same on every delivery. */
    public static String messageIdOf(String id) {
        return "<" + id + "@samkurs.no>";
    }

    /** Whether this claim holds the notice, so that its sender may settle it. */
    public boolean heldBy(String claim) {
        return status == Status.PENDING && claim.equals(claimedBy);
    }

    /** The SMTP server took it. */
    public void sent(Instant now) {
        requirePending();
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
        release();
    }

    /**
     * This message failed: tried again later by the rule, or given up at once when nothing would change by trying
     * again (a refused address, a message that cannot be made).
     */
    public void failed(String reason, boolean permanent, Instant now, Retries retries) {
        requirePending();
        attempts++;
        lastError = shortened(reason);
        Optional<Instant> next = permanent ? Optional.empty() : retries.next(attempts, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = Status.FAILED;
        }
        release();
    }

    /**
     * An administrator tries a failed message again: pending and due now, with its attempts counted from nought, so
     * that it gets the configured number again (kept, they would allow one more at most: it failed because they ran
     * out, or at the first refusal). The last reason stays, to be read, until the next outcome replaces it.
     */
    public void retry(Instant now) {
        if (status != Status.FAILED) {
            throw RuleViolation.conflict("Bare en melding som har feilet, kan prøves igjen. Denne "
                    + (status == Status.SENT ? "er sendt." : "venter allerede på å bli sendt."));
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    /** Gives the lease back without an attempt: the sender could not try (the server was not reachable). */
    public void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Notice " + id + " is already " + status);
        }
    }

    /** One line, no control characters, at most {@value #REASON_MAX} characters. */
    static String shortened(String reason) {
        String line = reason == null || reason.isBlank() ? "unknown" : reason.replaceAll("\\p{Cc}+", " ").strip();
        return line.length() <= REASON_MAX ? line : line.substring(0, REASON_MAX - 1) + "…";
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Kind kind() {
        return kind;
    }

    public String personId() {
        return personId;
    }

    public Optional<String> offeringId() {
        return Optional.ofNullable(offeringId);
    }

    public Optional<String> enrollmentId() {
        return Optional.ofNullable(enrollmentId);
    }

    public Optional<Integer> position() {
        return Optional.ofNullable(position);
    }

    public int sequence() {
        return sequence;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public Optional<String> about() {
        return Optional.ofNullable(about);
    }

    public String messageId() {
        return messageId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> claimedUntil() {
        return Optional.ofNullable(claimedUntil);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
