package no.samkurs.directory.organisation.control;

import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.entity.GeoPoint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For a place, the nearest centre of each family (KoRUS, RVTS, RKBU/RBUP) and how far away it is, as the crow
 * flies. Distance bands in equity reports (< 50, 50–150, > 150 km) are built on this.
 */
public final class NearestCentres {

    public record Nearest(OrganisationType family, Organisation centre, double distanceKm) {
    }

    private NearestCentres() {
    }

    public static List<Nearest> from(GeoPoint place, List<Organisation> organisations) {
        return OrganisationType.centreFamilies().stream()
                .map(family -> nearestOf(family, place, organisations))
                .flatMap(Optional::stream)
                .toList();
    }

    static Optional<Nearest> nearestOf(OrganisationType family, GeoPoint place, List<Organisation> organisations) {
        return organisations.stream()
                .filter(o -> o.type() == family && o.location().isPresent())
                .map(o -> new Nearest(family, o, place.distanceKm(o.location().orElseThrow())))
                .min(Comparator.comparingDouble(Nearest::distanceKm));
    }
}
