package no.samkurs.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;

import java.util.Optional;

/** The language a signed-in person chose, kept in their profile so that it follows them to another browser. */
@ApplicationScoped
public class LanguagePreference {

    @Inject
    Accounts accounts;

    public Optional<String> of(String email) {
        return accounts.byEmail(email).flatMap(Person::language);
    }

    @Transactional
    public void save(String email, String tag) {
        accounts.byEmail(email).ifPresent(person -> person.preferLanguage(tag));
    }
}
