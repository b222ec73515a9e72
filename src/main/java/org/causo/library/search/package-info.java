/**
 * Law search: the folded text articles are indexed by, the query (words, quoted phrases,
 * document numbers in any spelling) and the ranking in PostgreSQL full-text search.
 */
package org.causo.library.search;
