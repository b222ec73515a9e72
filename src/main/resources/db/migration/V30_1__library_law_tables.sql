-- Law library: legal documents, their chapters and articles, and the links between documents.
-- An article's search text is folded in Java (org.causo.shared.SearchKey: no diacritics, lower
-- case, whether the text came composed or decomposed) with punctuation turned into spaces, so
-- "57-NQ/TW" and "57/NQ-TW" both become "57 nq tw"; the tsvector uses the 'simple' configuration
-- (no stemming, no stop words: Vietnamese syllables are words of their own).
create table law_document (
    id            bigint generated always as identity primary key,
    number        text not null check (length(number) between 1 and 60),
    -- the number folded to its parts ("57 nq tw"): one document per number
    number_key    text not null unique,
    type          text not null check (type in ('LAW', 'RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR',
                                                'DIRECTIVE', 'CONCLUSION', 'REGULATION', 'LETTER', 'OTHER')),
    title         text not null check (length(title) between 1 and 500),
    issuer        text not null check (length(issuer) between 1 and 200),
    signed_on     date not null,
    effective_on  date,
    status        text not null check (status in ('IN_FORCE', 'AMENDED', 'REPEALED')),
    -- the text before the first chapter or article: header, grounds ("Căn cứ …")
    preamble      text not null default '',
    -- a Party resolution is numbered "1.", "2." … instead of "Điều 1.", "Điều 2." …
    numbered_points boolean not null default false,
    -- where the text comes from (an address, or "typed by …")
    source        text check (length(source) <= 500),
    imported_by   text not null,
    imported_at   timestamptz not null default now()
);

create table law_chapter (
    document_id bigint  not null references law_document (id) on delete cascade,
    position    integer not null,
    number      text    not null,
    title       text    not null default '',
    primary key (document_id, position)
);

create table law_article (
    id               bigint generated always as identity primary key,
    document_id      bigint  not null references law_document (id) on delete cascade,
    position         integer not null,
    chapter_position integer,
    number           text    not null,
    title            text    not null default '',
    body             text    not null,
    -- document type, number and title, then the article's title (weight A), then its body (B)
    head_key         text    not null,
    body_key         text    not null,
    search           tsvector generated always as (
                         setweight(to_tsvector('simple', head_key), 'A') ||
                         setweight(to_tsvector('simple', body_key), 'B')) stored,
    unique (document_id, position)
);

create index law_article_search_idx on law_article using gin (search);

-- "amends" or "replaces" another document, named by its number; target_key is the folded number,
-- joined to law_document.number_key, so a link finds its target when that is imported later
create table law_link (
    document_id   bigint not null references law_document (id) on delete cascade,
    kind          text   not null check (kind in ('AMENDS', 'REPLACES')),
    target_number text   not null,
    target_key    text   not null,
    primary key (document_id, kind, target_key)
);

create index law_link_target_idx on law_link (target_key);
