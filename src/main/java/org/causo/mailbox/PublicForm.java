package org.causo.mailbox;

import java.util.List;

/**
 * What the public form needs.
 *
 * @param code the QR code
 * @param kind crime tips or feedback
 * @param categories the choices offered
 * @param token the signed one-time form token
 */
public record PublicForm(String code, MailboxKind kind, List<String> categories, String token) {

}
