package no.samkurs.directory.organisation.boundary;

import no.samkurs.directory.organisation.control.NearestCentres;
import no.samkurs.directory.region.entity.Municipality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A municipality as the API shows it; the single-municipality answer adds the nearest centres. */
public record MunicipalityView(String number, String name, String officialName, String otherOfficialNames,
                               String countyNumber, String countyName, int population, LocalDate populationDate,
                               BigDecimal areaKm2, String languageForm, String adminCentre,
                               double lat, double lon, String website, List<NearestCentre> nearestCentres) {

    /** The nearest centre of one family, measured from the administrative centre. */
    public record NearestCentre(String family, OrganisationRef centre, double distanceKm) {

        static NearestCentre of(NearestCentres.Nearest n) {
            return new NearestCentre(n.family().label(), OrganisationRef.of(n.centre()),
                    Math.round(n.distanceKm() * 10) / 10.0);
        }
    }

    static MunicipalityView of(Municipality m, List<NearestCentres.Nearest> nearest) {
        return new MunicipalityView(m.number(), m.name(), m.officialName(), m.otherOfficialNames(),
                m.county().number(), m.county().name(), m.population(), m.populationDate(), m.areaKm2(),
                m.languageForm(), m.adminCentre(), m.location().lat(), m.location().lon(), m.website(),
                nearest == null ? null : nearest.stream().map(NearestCentre::of).toList());
    }
}
