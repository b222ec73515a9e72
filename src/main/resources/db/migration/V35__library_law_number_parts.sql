-- Law search: a query that names a document's number part ("nghị quyết 60") and whose words are
-- in much of the library ranks the articles of the newest documents with that part; this index
-- finds those documents without reading the whole table (org.causo.library.search.ArticleSearch).
create index law_document_number_parts_idx on law_document using gin (string_to_array(number_key, ' '));
