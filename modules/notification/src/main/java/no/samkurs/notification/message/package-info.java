/** The messages: what each kind of notice says, in the person's language, with its calendar invitation. */
package no.samkurs.notification.message;
