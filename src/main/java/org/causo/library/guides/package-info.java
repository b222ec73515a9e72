/**
 * Picture-and-voice guides: their versions, steps and texts per language, the pictures
 * and recordings they show, how often they are opened, and their printable cards.
 */
package org.causo.library.guides;
