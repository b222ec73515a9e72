package org.causo.devices;

/**
 * A donor.
 *
 * @param id id
 * @param name name
 * @param kind organisation, unit or individual
 * @param contact a contact (person, phone), shown to those who manage donations
 * @param demo invented demo data
 */
public record DonorView(long id, String name, DonorKind kind, String contact, boolean demo) {

}
