package no.samkurs.web.editor;

import no.samkurs.web.layout.Gate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's start page ({@code /redaktor}): the offerings their organisation leads or co-hosts, drafts
 * included, filtered by status ({@code ?status=draft}, bookmarkable), and the invitations to co-host that wait for
 * an answer, which they accept or decline here.
 */
@Named
@RequestScoped
public class MyOfferings {

    static final Set<String> DONE = Set.of("takket-ja", "takket-nei");

    @Inject
    Gate gate;

    @Inject
    Snapshots snapshots;

    @Inject
    Offerings offerings;

    @Inject
    Organisations organisations;

    private Reader reader;
    private List<Listed> listed;
    private String status;
    private String done;

    /** On GET: only editors; the others are sent to sign in or refused. */
    public void load() {
        gate.require(Role.Names.PROVIDER_EDITOR).ifPresent(r -> reader = r);
    }

    private Optional<Reader> reader() {
        if (reader == null) {
            gate.require(Role.Names.PROVIDER_EDITOR).ifPresent(r -> reader = r);
        }
        return Optional.ofNullable(reader);
    }

    private List<Listed> listed() {
        if (listed == null) {
            listed = reader().filter(r -> r.organisationId() != null)
                    .map(r -> snapshots.ofOrganisation(r.organisationId(), r)).orElse(List.of());
        }
        return listed;
    }

    public String getOrganisation() {
        return reader().map(Reader::organisationId).flatMap(organisations::byId).map(Organisation::name).orElse("");
    }

    public List<Listed> getInvitations() {
        return listed().stream().filter(Listed::isAnswerable).toList();
    }

    /** The organisation's own offerings (led or co-hosted), in the chosen status if one is chosen. */
    public List<Listed> getOfferings() {
        Optional<Status> chosen = getChosenStatus();
        return listed().stream().filter(Listed::host).filter(o -> chosen.map(s -> o.status() == s).orElse(true))
                .toList();
    }

    public List<Status> getStatuses() {
        return Arrays.asList(Status.values());
    }

    public Optional<Status> getChosenStatus() {
        return Arrays.stream(Status.values()).filter(s -> s.code().equals(status)).findFirst();
    }

    public void accept(String offeringId) {
        answer(offeringId, true);
    }

    public void decline(String offeringId) {
        answer(offeringId, false);
    }

    private void answer(String offeringId, boolean accepted) {
        reader().ifPresent(r -> {
            try {
                offerings.answer(offeringId, r.organisationId(), accepted, r.actor());
                gate.redirect("/redaktor?melding=" + (accepted ? "takket-ja" : "takket-nei"));
            } catch (RuleViolation e) {
                FacesContext.getCurrentInstance().addMessage(null, new CatalogMessage(e.getMessage()));
            }
        });
    }

    public String getStatus() {
        return getChosenStatus().map(Status::code).orElse("");
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDone() {
        return PageMessages.done(done, DONE);
    }

    public void setDone(String done) {
        this.done = done;
    }
}
