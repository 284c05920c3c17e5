package no.samkurs.catalog.offering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.samkurs.directory.organisation.entity.Organisation;

import java.time.Instant;

/** An organisation the lead provider invited to host an offering with it, and its answer. */
@Embeddable
public class CoHost {

    /*
     * The organisation by id and name rather than a relationship: EclipseLink 4.0 in Payara loses a many-to-one
     * inside an element-collection embeddable (null organisation, NPE at commit). The foreign key stays in the schema.
     */
    @Column(name = "organisation_id")
    private String organisationId;

    @Column(name = "organisation_name")
    private String organisationName;

    @Enumerated(EnumType.STRING)
    private HostState state;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CoHost() {
    }

    CoHost(Organisation organisation, Instant now) {
        this(new Host(organisation.id(), organisation.name()), now);
    }

    private CoHost(Host host, Instant now) {
        this.organisationId = host.id();
        this.organisationName = host.name();
        this.state = HostState.INVITED;
        this.invitedAt = now;
    }

    /*
     * Answers are new values, not changes in place: EclipseLink finds the row of an element-collection embeddable by
     * its old values, so mutating one in place after a flush makes it insert a duplicate instead of replacing it.
     */
    CoHost answered(boolean accepted, Instant now) {
        CoHost answered = new CoHost(organisation(), invitedAt);
        answered.state = accepted ? HostState.ACCEPTED : HostState.DECLINED;
        answered.answeredAt = now;
        return answered;
    }

    public Host organisation() {
        return new Host(organisationId, organisationName);
    }

    public String organisationId() {
        return organisationId;
    }

    public HostState state() {
        return state;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
