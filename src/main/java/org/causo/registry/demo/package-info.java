/**
 * The registry's demo data: hamlets, households, residents and surveys generated from a
 * seed and written by COPY; other modules' demo loaders read it through
 * {@link org.causo.registry.demo.DemoRegistry}.
 */
@NamedInterface("demo")
package org.causo.registry.demo;

import org.springframework.modulith.NamedInterface;
