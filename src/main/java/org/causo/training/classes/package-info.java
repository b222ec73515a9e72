/**
 * Classes: their rows, the skills they may cover, and the household page's classes part.
 */
package org.causo.training.classes;
