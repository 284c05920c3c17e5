package no.samkurs.web.editor;

import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;

import java.time.Instant;
import java.util.List;

/** One offering in an editor's list: enough to find it again and see where it stands. */
public record Listed(String id, String title, Status status, Kind kind, Instant firstStart, Instant lastEnd,
                     String leadName, boolean led, boolean host, boolean invited, List<CoHostLine> coHosts) {

    public record CoHostLine(String name, HostState state) {
    }

    static Listed of(Offering o, String organisationId) {
        boolean invited = o.coHosts().stream().anyMatch(c -> c.organisationId().equals(organisationId)
                && c.state() == HostState.INVITED);
        return new Listed(o.id(), o.title(), o.status(), o.kind(), o.firstStart().orElse(null),
                o.lastEnd().orElse(null), o.lead().name(), o.lead().id().equals(organisationId),
                o.isHost(organisationId), invited, o.coHosts().stream().map(Listed::line).toList());
    }

    private static CoHostLine line(CoHost c) {
        return new CoHostLine(c.organisation().name(), c.state());
    }

    /** An invitation this organisation can still answer: the catalog refuses answers once it is cancelled. */
    public boolean isAnswerable() {
        return invited && (status == Status.DRAFT || status == Status.PUBLISHED);
    }
}
