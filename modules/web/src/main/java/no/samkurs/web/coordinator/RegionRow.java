package no.samkurs.web.coordinator;

import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** One offering in the coordinator's list: what it is, when, who hosts it (with each co-host's answer), and where. */
public record RegionRow(String id, String title, Status status, Kind kind, Instant firstStart, Instant lastEnd,
                        int sessionCount, String leadName, List<CoHostLine> coHosts, boolean national,
                        List<String> counties) {

    public record CoHostLine(String name, HostState state) {
    }

    static RegionRow of(Offering o, Function<String, String> countyName) {
        return new RegionRow(o.id(), o.title(), o.status(), o.kind(), o.firstStart().orElse(null),
                o.lastEnd().orElse(null), o.sessions().size(), o.lead().name(),
                o.coHosts().stream().map(RegionRow::line).toList(), o.national(),
                o.counties().stream().map(countyName).toList());
    }

    private static CoHostLine line(CoHost c) {
        return new CoHostLine(c.organisation().name(), c.state());
    }
}
