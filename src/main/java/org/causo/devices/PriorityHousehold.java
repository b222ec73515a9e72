package org.causo.devices;

import java.time.LocalDate;

import org.causo.registry.HouseholdView;

/**
 * A household without a smartphone, on the priority list for a donated phone.
 *
 * @param household the household
 * @param poorOrPolicy a poor or policy household: first in line
 * @param signal its latest survey found a mobile signal at home
 * @param surveyedOn the day of that survey
 */
public record PriorityHousehold(HouseholdView household, boolean poorOrPolicy, boolean signal, LocalDate surveyedOn) {

}
