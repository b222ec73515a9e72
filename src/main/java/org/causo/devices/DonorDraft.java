package org.causo.devices;

/**
 * What an officer types to add a donor.
 *
 * @param name name, unique (case and diacritics ignored)
 * @param kind organisation, unit or individual
 * @param contact optional contact
 */
public record DonorDraft(String name, DonorKind kind, String contact) {

}
