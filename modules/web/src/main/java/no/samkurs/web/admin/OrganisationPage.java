package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.control.People;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.region.entity.County;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** {@code /admin/organisasjon?id=rvts-nord}: one organisation, the counties it covers and its people. */
@Named("adminOrganisation")
@RequestScoped
public class OrganisationPage {

    @Inject
    Organisations organisations;

    @Inject
    People people;

    @Inject
    AdminGate gate;

    private String id;
    private Organisation organisation;
    private List<Person> members;

    public void load() throws IOException {
        if (!gate.admits()) {
            return;
        }
        organisation = id == null ? null : organisations.byId(id).orElse(null);
        if (organisation == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Ukjent organisasjon");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<County> getCounties() {
        return organisation.counties().stream().sorted(Comparator.comparing(County::number)).toList();
    }

    public List<Person> getPeople() {
        if (members == null) {
            members = people.ofOrganisation(organisation.id());
        }
        return members;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
