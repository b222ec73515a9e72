package org.causo.fieldwork;

/**
 * A new support team.
 *
 * @param postId the border post it belongs to
 * @param name its name, unique in the post
 */
public record TeamDraft(Long postId, String name) {

}
