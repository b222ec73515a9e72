package org.causo.registry;

/**
 * Where a resident lives after a change in the registry, and whether they still count (a
 * resident counts while neither they nor their household is archived).
 *
 * @param residentId the resident
 * @param householdId their household
 * @param hamletId the household's hamlet
 * @param unitPath the hamlet's path, as scope compares it
 * @param active neither the resident nor the household is archived
 */
public record ResidentPlace(long residentId, long householdId, long hamletId, String unitPath, boolean active) {

}
