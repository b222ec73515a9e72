/**
 * What fieldwork does when another module's event arrives: skills marked at a class
 * become skills reached, and the skills roll-up follows the registry's moves.
 */
package org.causo.fieldwork.reactions;
