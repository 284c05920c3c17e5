package no.samkurs.calendar.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.entity.County;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whose calendar a feed is: a county, a statsforvalter's region (its counties), a provider, or everything. The
 * directory is held in memory, so that a conditional GET needs no database; an unknown id reads it again, at most
 * once a minute (organisations are added while the application runs).
 */
@ApplicationScoped
public class Scopes {

    static final Duration RELOAD = Duration.ofMinutes(1);
    static final String PREFIX = "Samkurs – ";

    /** A resolved scope: the calendar's name and, for a county or region, its counties. */
    public record Place(String name, Set<String> counties) {
    }

    private record Directory(Map<String, String> counties, Map<String, Set<String>> regions,
                             Map<String, String> organisations) {
    }

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private volatile Directory directory;
    private volatile long loadedAt;

    /** The scope, or a 404 problem when the county, region or provider is not in the directory. */
    public Place resolve(CalendarQuery.Scope scope, String id) {
        if (scope == CalendarQuery.Scope.ALL) {
            return new Place(PREFIX + "hele landet", Set.of());
        }
        Place place = find(directory(false), scope, id);
        if (place == null && clock.millis() - loadedAt >= RELOAD.toMillis()) {
            place = find(directory(true), scope, id);
        }
        if (place == null) {
            throw RuleViolation.notFound(switch (scope) {
                case COUNTY -> "Fant ikke fylke nummer «" + id + "».";
                case REGION -> "Fant ingen statsforvalter med id «" + id + "».";
                default -> "Fant ingen tilbyder med id «" + id + "».";
            });
        }
        return place;
    }

    private static Place find(Directory directory, CalendarQuery.Scope scope, String id) {
        if (id == null) {
            return null;
        }
        return switch (scope) {
            case COUNTY -> directory.counties.containsKey(id)
                    ? new Place(PREFIX + directory.counties.get(id), Set.of(id)) : null;
            case REGION -> directory.regions.containsKey(id)
                    ? new Place(PREFIX + directory.organisations.get(id), directory.regions.get(id)) : null;
            case PROVIDER -> directory.organisations.containsKey(id)
                    ? new Place(PREFIX + directory.organisations.get(id), Set.of()) : null;
            case ALL -> null;
        };
    }

    private Directory directory(boolean reload) {
        if (directory == null || reload) {
            List<County> counties = em.createNamedQuery(County.ALL, County.class).getResultList();
            Map<String, String> organisations = new HashMap<>();
            Map<String, OrganisationType> types = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT o.id, o.name, o.type FROM Organisation o", Object[].class)
                    .getResultList()) {
                organisations.put((String) row[0], (String) row[1]);
                types.put((String) row[0], (OrganisationType) row[2]);
            }
            Map<String, Set<String>> regions = counties.stream()
                    .filter(c -> types.get(c.statsforvalterId()) == OrganisationType.STATSFORVALTER)
                    .collect(Collectors.groupingBy(County::statsforvalterId,
                            Collectors.mapping(County::number, Collectors.toCollection(TreeSet::new))));
            directory = new Directory(counties.stream().collect(Collectors.toMap(County::number, County::name)),
                    Map.copyOf(regions), Map.copyOf(organisations));
            loadedAt = clock.millis();
        }
        return directory;
    }
}
