package no.samkurs.calendar.personal.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.platform.testing.Fired;
import no.samkurs.calendar.personal.People;
import no.samkurs.calendar.personal.entity.FeedToken;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The personal feed's tokens and follows, through the real schema, on each database we run on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersonalFeedContract {

    abstract TestDatabase.Kind kind();

    TestDatabase database;
    EntityManagerFactory jpa;
    final Fired<PersonalFeedChanged> changes = new Fired<>();
    Clock clock = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("calendar-test");
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = jpa.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    <T> T withTokens(Function<FeedTokens, T> work) {
        return inTransaction(em -> {
            FeedTokens tokens = new FeedTokens();
            tokens.em = em;
            tokens.changed = changes;
            tokens.clock = clock;
            return work.apply(tokens);
        });
    }

    <T> T withFollows(Function<Follows, T> work) {
        return inTransaction(em -> {
            Follows follows = new Follows();
            follows.em = em;
            follows.changed = changes;
            follows.clock = clock;
            return work.apply(follows);
        });
    }

    void onTokens(Consumer<FeedTokens> work) {
        withTokens(t -> {
            work.accept(t);
            return null;
        });
    }

    void onFollows(Consumer<Follows> work) {
        withFollows(f -> {
            work.accept(f);
            return null;
        });
    }

    String person() {
        return inTransaction(em -> People.participant(em).id());
    }

    String offering(String title) {
        return inTransaction(em -> People.published(em, "rvts-nord", title, Set.of("55"), "2026-10-01T09:00").id());
    }

    @Test
    void anIssuedTokenLeadsToItsPerson() {
        String person = person();
        IssuedToken issued = withTokens(t -> t.issue(person));
        assertEquals(Optional.of(person), withTokens(t -> t.personOf(issued.token())));
        assertEquals(Optional.of(issued.since()), withTokens(t -> t.activeSince(person)));
    }

    @Test
    void theTokenIs32RandomBytesInBase64UrlWithoutPadding() {
        String person = person();
        String first = withTokens(t -> t.issue(person)).token();
        String second = withTokens(t -> t.issue(person)).token();
        assertEquals(43, first.length());
        assertEquals(32, Base64.getUrlDecoder().decode(first).length);
        assertTrue(first.matches("[A-Za-z0-9_-]+"), first);
        assertNotEquals(first, second);
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        String person = person();
        String token = withTokens(t -> t.issue(person)).token();
        List<String> row = rowOf(person);
        assertEquals(sha256Hex(token), row.get(0));
        assertTrue(row.stream().noneMatch(value -> value != null && value.contains(token)),
                "the secret itself is nowhere in the row: " + row);
    }

    @Test
    void aRevokedTokenLeadsNowhere() {
        String person = person();
        String token = withTokens(t -> t.issue(person)).token();
        onTokens(t -> {
            t.revoke(person);
        });
        assertEquals(Optional.empty(), withTokens(t -> t.personOf(token)));
        assertEquals(Optional.empty(), withTokens(t -> t.activeSince(person)));
    }

    @Test
    void aNewTokenEndsTheOldOne() {
        String person = person();
        String old = withTokens(t -> t.issue(person)).token();
        String fresh = withTokens(t -> t.issue(person)).token();
        assertEquals(Optional.empty(), withTokens(t -> t.personOf(old)));
        assertEquals(Optional.of(person), withTokens(t -> t.personOf(fresh)));
        assertEquals(1L, (long) inTransaction(em -> em.createQuery("SELECT COUNT(t) FROM FeedToken t WHERE "
                + "t.personId = :p AND t.revokedAt IS NULL", Long.class).setParameter("p", person).getSingleResult()));
    }

    @Test
    void unknownRevokedAndMalformedTokensAnswerAlike() {
        String person = person();
        String revoked = withTokens(t -> t.issue(person)).token();
        onTokens(t -> {
            t.revoke(person);
        });
        String unknown = FeedToken.newSecret();
        List<Optional<String>> answers = new ArrayList<>();
        for (String token : new String[]{revoked, unknown, "x", "", null, revoked + "=", "../../etc/passwd",
                revoked.toUpperCase()}) {
            answers.add(withTokens(t -> t.personOf(token)));
        }
        assertTrue(answers.stream().allMatch(Optional::isEmpty), answers.toString());
    }

    @Test
    void tokenChangesAreAnnouncedAndNothingElseIs() {
        String person = person();
        changes.fired.clear();
        onTokens(t -> t.revoke(person));
        withTokens(t -> t.activeSince(person));
        assertEquals(List.of(), changes.fired, "revoking nothing and reading change nothing");
        withTokens(t -> t.issue(person));
        onTokens(t -> {
            t.revoke(person);
        });
        assertEquals(List.of(new PersonalFeedChanged(person), new PersonalFeedChanged(person)), changes.fired);
    }

    @Test
    void aPersonFollowsAndUnfollowsOfferings() {
        String person = person();
        String first = offering("Traumebevisst omsorg");
        String second = offering("Trygg base");
        onFollows(f -> {
            f.follow(person, first);
            f.follow(person, second);
        });
        assertEquals(Set.of(first, second), withFollows(f -> f.offeringIds(person)));
        assertTrue(withFollows(f -> f.follows(person, first)).booleanValue());
        onFollows(f -> {
            f.unfollow(person, first);
        });
        assertEquals(Set.of(second), withFollows(f -> f.offeringIds(person)));
        assertFalse(withFollows(f -> f.follows(person, first)).booleanValue());
        assertEquals(Set.of(), withFollows(f -> f.offeringIds(person())), "another person follows nothing");
    }

    @Test
    void followingTwiceIsOneFollowAndAnnouncedOnce() {
        String person = person();
        String offering = offering("Traumebevisst praksis");
        changes.fired.clear();
        onFollows(f -> {
            f.follow(person, offering);
        });
        onFollows(f -> {
            f.follow(person, offering);
            f.unfollow(person, "00000000-0000-0000-0000-000000000000");
        });
        assertEquals(Set.of(offering), withFollows(f -> f.offeringIds(person)));
        assertEquals(List.of(new PersonalFeedChanged(person)), changes.fired);
        onFollows(f -> {
            f.unfollow(person, offering);
        });
        assertEquals(2, changes.fired.size());
    }

    private List<String> rowOf(String person) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT token_hash, person_id, created_at, revoked_at FROM calendar_token "
                     + "WHERE person_id = '" + person + "'")) {
            assertTrue(r.next());
            List<String> row = List.of(r.getString(1), r.getString(2), String.valueOf(r.getString(3)),
                    String.valueOf(r.getString(4)));
            assertFalse(r.next(), "one token per person here");
            return row;
        }
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
