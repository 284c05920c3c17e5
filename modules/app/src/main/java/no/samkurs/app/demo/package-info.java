/** Demo accounts, one per role, for trying Samkurs out. Off unless {@code samkurs.demo.accounts=true}. */
package no.samkurs.app.demo;
