package org.causo.devices;

/**
 * An officer moves a phone by hand: returned, broken, lost, back in stock.
 *
 * @param status the new status
 * @param note why, optional
 */
public record StatusChange(DeviceStatus status, String note) {

}
