/** The catalogue's SQL and its reading for other modules ({@code SkillNames}). */
package org.causo.skills.catalogue;
