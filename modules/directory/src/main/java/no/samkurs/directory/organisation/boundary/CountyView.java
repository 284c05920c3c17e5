package no.samkurs.directory.organisation.boundary;

import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.region.entity.County;

/** A county as the API shows it. */
public record CountyView(String number, String name, String officialName, String otherOfficialNames,
                         OrganisationRef statsforvalter, String healthRegion, int population,
                         double centroidLat, double centroidLon) {

    static CountyView of(County c, Organisation statsforvalter) {
        return new CountyView(c.number(), c.name(), c.officialName(), c.otherOfficialNames(),
                OrganisationRef.of(statsforvalter), c.healthRegion(), c.population(),
                c.centroid().lat(), c.centroid().lon());
    }
}
