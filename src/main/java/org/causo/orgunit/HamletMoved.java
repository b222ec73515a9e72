package org.causo.orgunit;

/**
 * A hamlet was moved under another commune. Published inside the transaction of the
 * change, so that a listener that refuses it (by throwing) undoes the move.
 *
 * @param hamletId the hamlet
 * @param communeId its new commune
 * @param path its new path
 */
public record HamletMoved(long hamletId, long communeId, String path) {

}
