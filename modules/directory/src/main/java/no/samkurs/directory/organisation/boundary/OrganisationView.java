package no.samkurs.directory.organisation.boundary;

import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.region.entity.County;

import java.util.Comparator;
import java.util.List;

/** An organisation as the API shows it, with the counties it covers. */
public record OrganisationView(String id, String type, String typeLabel, String name, String altName,
                               String hostInstitution, String hostCity, Double lat, Double lon,
                               List<CoveredCounty> counties) {

    public record CoveredCounty(String number, String name) {
    }

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.type().code(), o.type().label(), o.name(), o.altName(),
                o.hostInstitution(), o.hostCity(),
                o.location().map(p -> p.lat()).orElse(null), o.location().map(p -> p.lon()).orElse(null),
                o.counties().stream().sorted(Comparator.comparing(County::number))
                        .map(c -> new CoveredCounty(c.number(), c.name())).toList());
    }
}
