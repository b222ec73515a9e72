/**
 * The demo's classes, attendances and skill marks; its marks are read by fieldwork's demo
 * (the one use of this package outside training).
 */
@NamedInterface("demo")
package org.causo.training.demo;

import org.springframework.modulith.NamedInterface;
