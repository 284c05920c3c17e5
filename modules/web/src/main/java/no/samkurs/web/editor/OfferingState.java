package no.samkurs.web.editor;

import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the edit page shows of a stored offering besides the form, read in one transaction and kept with the
 * view: its state, who leads, the co-hosts and their answers, and which organisations are hosts (the aggregate's
 * own {@link Offering#hosts()}, the ones whose editors may change it).
 */
public record OfferingState(String id, long version, String title, Status status, String leadId, String leadName,
                            String cancelReason, List<CoHostState> coHosts, Set<String> hostIds, OfferingForm form)
        implements Serializable {

    public record CoHostState(String id, String name, HostState state) implements Serializable {
    }

    static OfferingState of(Offering o) {
        return new OfferingState(o.id(), o.version(), o.title(), o.status(), o.lead().id(), o.lead().name(),
                o.cancelReason().orElse(null),
                o.coHosts().stream().map(OfferingState::coHost).toList(),
                o.hosts().stream().map(Host::id).collect(Collectors.toUnmodifiableSet()), StoredForm.of(o));
    }

    private static CoHostState coHost(CoHost c) {
        return new CoHostState(c.organisationId(), c.organisation().name(), c.state());
    }

    public boolean isLed(String organisationId) {
        return leadId.equals(organisationId);
    }

    /** Still open to changes: cancelled and archived offerings are kept as they were. */
    public boolean isOpen() {
        return status == Status.DRAFT || status == Status.PUBLISHED;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    /** The co-hosts still to answer, by name: a draft is published once they have. */
    public List<String> getWaiting() {
        return coHosts.stream().filter(c -> c.state() == HostState.INVITED).map(CoHostState::name).toList();
    }

    public String getWaitingNames() {
        return String.join(", ", getWaiting());
    }
}
