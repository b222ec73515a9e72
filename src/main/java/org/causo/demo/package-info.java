/**
 * Demo mode: on the embedded database only, loads Lai Châu with invented hamlets, its
 * border posts and one account per role, and writes {@code data/demo.json} for people and
 * tests.
 */
@ApplicationModule(allowedDependencies = { "shared", "orgunit", "identity", "mailbox" })
package org.causo.demo;

import org.springframework.modulith.ApplicationModule;
