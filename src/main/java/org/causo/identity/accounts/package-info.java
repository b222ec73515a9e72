/**
 * Officer accounts as stored: the account and credential SQL, what an admin's changes do,
 * the password policy, the account's scope, and the first administrator.
 */
package org.causo.identity.accounts;
