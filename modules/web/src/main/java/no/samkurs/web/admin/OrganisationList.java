package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.County;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /admin/organisasjoner?type=rvts&fylke=56}: the organisations with the counties they cover, filtered. */
@Named("adminOrganisations")
@RequestScoped
public class OrganisationList {

    @Inject
    Organisations organisations;

    @Inject
    Regions regions;

    private String type;
    private String fylke;
    private List<Organisation> found;

    public List<Organisation> getOrganisations() {
        if (found == null) {
            // An unknown type or county in the address filters nothing rather than failing.
            String county = fylke == null ? null : regions.county(fylke).map(County::number).orElse(null);
            found = organisations.find(OrganisationType.ofCode(type == null ? "" : type).orElse(null), county);
        }
        return found;
    }

    /** The counties an organisation covers, in county-number order. */
    public String countiesOf(Organisation organisation) {
        return organisation.counties().stream().sorted(Comparator.comparing(County::number))
                .map(County::name).collect(Collectors.joining(", "));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFylke() {
        return fylke;
    }

    public void setFylke(String fylke) {
        this.fylke = fylke;
    }
}
