package no.samkurs.directory.people.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.samkurs.directory.people.entity.Person;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account behind the current request, read once: sign-in reads it to check the caller, and the resource that
 * answers reuses it instead of reading the same rows again.
 */
@RequestScoped
public class RequestPerson {

    @Inject
    Accounts accounts;

    private final Map<String, Optional<Account>> read = new HashMap<>();

    public Optional<Account> byEmail(String email) {
        return read.computeIfAbsent(Person.normalised(email), accounts::account);
    }
}
