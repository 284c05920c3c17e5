package no.samkurs.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.calendar.personal.control.Follows;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.web.layout.FormCheck;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Menu;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Following an offering in one's own calendar ({@code /folg?tilbud=…}). The offering page stays stateless, so its
 * button is a plain form that posts here with the session's own check value (the Faces view state that guards our
 * other forms is not there); a post without it, or a visit, gets a Faces form to confirm instead. Either way the
 * answer is a redirect back to the offering's page, on this site.
 */
@Named
@RequestScoped
public class Following {

    static final String OFFERING = "tilbud";
    static final String ACTION = "handling";
    static final String FOLLOW = "folg";
    static final String STOP = "slutt";

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    Readers readers;

    @Inject
    Follows follows;

    @Inject
    FollowedOfferings offerings;

    @Inject
    FormCheck formCheck;

    private Optional<FollowedOffering> offering;
    private final Map<String, Boolean> followed = new HashMap<>();

    /** /folg's view action: signed in, an offering they may read, and a checked post is done at once. */
    public void load() {
        if (gate.require(null).isEmpty()) {
            return;
        }
        if (getOffering() == null) {
            gate.refuse(404);
            return;
        }
        if (formCheck.passed()) {
            act(request().getParameter(ACTION));
        }
    }

    public void follow() {
        act(FOLLOW);
    }

    public void unfollow() {
        act(STOP);
    }

    private void act(String action) {
        Optional<Person> person = gate.require(null).flatMap(reader -> menu.person()).filter(Person::isActive);
        FollowedOffering chosen = getOffering();
        if (person.isEmpty() || chosen == null || !(FOLLOW.equals(action) || STOP.equals(action))) {
            return;
        }
        followed.clear();
        if (FOLLOW.equals(action)) {
            follows.follow(person.get().id(), chosen.id());
        } else {
            follows.unfollow(person.get().id(), chosen.id());
        }
        gate.redirect("/tilbudet?id=" + URLEncoder.encode(chosen.id(), StandardCharsets.UTF_8) + "&fulgt="
                + (FOLLOW.equals(action) ? "ja" : "nei"));
    }

    /** For the offering page: whether the signed-in person follows it. */
    public boolean follows(String offeringId) {
        return followed.computeIfAbsent(offeringId,
                id -> menu.person().map(p -> follows.follows(p.id(), id)).orElse(false));
    }

    /** The check value of this session, for the offering page's form. */
    public String getCheck() {
        return formCheck.getValue();
    }

    /** The offering named by the address (or the confirming form), if the person may read it; else null. */
    public FollowedOffering getOffering() {
        if (offering == null) {
            offering = offerings.readable(request().getParameter(OFFERING), readers.of(request().getUserPrincipal()));
        }
        return offering.orElse(null);
    }

    public boolean isFollowing() {
        return getOffering() != null && follows(getOffering().id());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
