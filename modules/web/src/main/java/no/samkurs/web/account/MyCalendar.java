package no.samkurs.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.platform.security.Forwarded;
import no.samkurs.calendar.personal.control.FeedAddress;
import no.samkurs.calendar.personal.control.FeedTokens;
import no.samkurs.calendar.personal.control.Follows;
import no.samkurs.calendar.personal.control.IssuedToken;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Menu;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Min kalender" on Min side: the personal feed's secret address (made, made anew, switched off) and the offerings
 * the person follows. Only the secret's hash is stored, so the address is shown once, in the answer to the POST that
 * made it: never in an address bar, never kept in the session, never cached ({@code no-store}).
 */
@Named
@RequestScoped
public class MyCalendar {

    static final String PATH = "/min-side";
    static final Set<String> DONE = Set.of("kalender-av", "sluttet");

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    FeedTokens tokens;

    @Inject
    Follows follows;

    @Inject
    FollowedOfferings followed;

    @Inject
    Readers readers;

    @Inject
    Forwarded tls;

    private FeedAddress issued;
    private Optional<Instant> since;
    private List<FollowedOffering> offerings;

    /** A new secret address; the old one, if any, stops working in the same transaction. */
    public void issue() {
        person().ifPresent(person -> {
            IssuedToken token = tokens.issue(person.id());
            issued = address(token.token());
            since = Optional.of(token.since());
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.setResponseHeader("Cache-Control", "no-store");
        });
    }

    public void revoke() {
        person().ifPresent(person -> {
            tokens.revoke(person.id());
            gate.redirect(PATH + "?melding=kalender-av#min-kalender");
        });
    }

    public void unfollow(String offeringId) {
        person().ifPresent(person -> {
            follows.unfollow(person.id(), offeringId);
            gate.redirect(PATH + "?melding=sluttet#fulgte");
        });
    }

    private Optional<Person> person() {
        Optional<Reader> reader = gate.require(null);
        return reader.isEmpty() ? Optional.empty() : menu.person().filter(Person::isActive);
    }

    /** The feed's two forms at this site, as the request reached it (https also behind a proxy that ended TLS). */
    private FeedAddress address(String token) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String asked = request.getRequestURL().toString();
        URI root = URI.create(asked.substring(0, asked.length() - request.getRequestURI().length())
                + request.getContextPath() + "/");
        return FeedAddress.personal(root, tls.overTls(request), token);
    }

    /** The address just made, in this answer only; null otherwise. */
    public FeedAddress getIssued() {
        return issued;
    }

    /** When the active address was made; null when there is none. */
    public Instant getActiveSince() {
        if (since == null) {
            since = menu.person().flatMap(p -> tokens.activeSince(p.id()));
        }
        return since.orElse(null);
    }

    public boolean isActive() {
        return getActiveSince() != null;
    }

    /** The person asked to make a new address while having one: the page asks them to confirm first. */
    public boolean isConfirming() {
        return isActive() && issued == null && "ja".equals(parameter("ny-adresse"));
    }

    public List<FollowedOffering> getFollowed() {
        if (offerings == null) {
            Reader reader = readers.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal());
            offerings = menu.person().map(p -> followed.of(p.id(), reader)).orElse(List.of());
        }
        return offerings;
    }

    /** What was just done, from the address after a redirect. */
    public String getDone() {
        String done = parameter("melding");
        return done != null && DONE.contains(done) ? done : null;
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
