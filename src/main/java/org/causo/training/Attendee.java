package org.causo.training;

/**
 * An attendance with the resident's name, for the class page.
 *
 * @param attendance the attendance
 * @param fullName the resident's name
 * @param householdCode the resident's household
 */
public record Attendee(AttendanceView attendance, String fullName, String householdCode) {

}
