package no.samkurs.calendar.feed.control;

import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a calendar view or feed asks for: whose calendar (a county, a region's counties, a provider's offerings, or
 * everything), the days [from, to) in Norwegian time, and the catalog's filters (empty means any).
 */
public record CalendarQuery(Scope scope, String scopeId, LocalDate from, LocalDate to, Set<Topic> topics,
                            Set<TargetGroup> targetGroups, Set<Kind> kinds) {

    public enum Scope { ALL, COUNTY, REGION, PROVIDER }
}
