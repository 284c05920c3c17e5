package no.samkurs.platform.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.function.Function;

/** Work in a resource-local transaction of its own, outside the container: committed, or rolled back if it threw. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T in(EntityManagerFactory jpa, Function<EntityManager, T> work) {
        EntityManager em = jpa.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
