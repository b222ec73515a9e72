/**
 * Login: the security chains, the password step with its throttle and lockout, the later
 * steps (TOTP, new password, enrolment), known devices and bearer tokens.
 */
package org.causo.identity.login;
