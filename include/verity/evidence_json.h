// JSON forms of evidence records, shared by the CLI and (later) the HTTP
// service so both print the same thing.
#ifndef VERITY_EVIDENCE_JSON_H_
#define VERITY_EVIDENCE_JSON_H_

#include <optional>
#include <string>
#include <vector>

#include "verity/article_store.h"
#include "verity/copies.h"
#include "verity/evidence_verdict.h"
#include "verity/fact_checks.h"
#include "verity/reputation.h"

namespace verity {

// {query, domain, unicode, matched, standing, score, summary, error?,
//  ratings: [{list, file, line, domain, score, labels, components {name:
//  value}, notes}]}. One line.
std::string reputation_to_json(const SourceReputation& reputation);

// {publisher: <reputation>, cited: [<reputation>...]}.
std::string article_sources_to_json(const ArticleSources& sources);

// {id, title, query: [terms], related: [{score, id, title, domain, url, date,
//  dataset, label, origin, hash, reputation: <reputation of its domain>}],
//  copy_of: <copy_of_to_json> (only when `copy_of` is given)}.
// REQUIRES: reputations.size() == related.articles.size().
std::string related_to_json(const Article& article, const RelatedResult& related,
                            const std::vector<SourceReputation>& reputations,
                            const std::optional<std::optional<CopyMatch>>& copy_of = std::nullopt);

// The `related` list alone: [{score, id, title, domain, url, date, dataset,
// label, origin, hash, reputation}] (what `check` adds as its "related").
// REQUIRES: reputations.size() == related.size().
std::string related_articles_to_json(const std::vector<RelatedArticle>& related,
                                     const std::vector<SourceReputation>& reputations);

// The stored article an article copies: {jaccard, overlap, id, title, domain,
// url, date, dataset, label, origin, hash}, or null when it copies none.
std::string copy_of_to_json(const std::optional<CopyMatch>& copy_of);

// An article's check-worthy sentences with their rated claims, best first:
// [{text, paragraph, begin, end, score, cues: [{cue, text, weight}],
//   entities, numbers, matches: [{score, cosine, claim, rating, verdict,
//   speaker, subjects, context, reviewer, url, date, collection, provenance
//   ("FILE:LINE"), shared_terms, shared_entities, shared_numbers}]}].
// (`check` can add this array as its record's `claims`.)
std::string claims_to_json(const std::vector<SentenceClaims>& claims);

// Adds an article's evidence to its check record (check_to_json):
// "source": <article_sources_to_json>, "claims": <claims_to_json>,
// "related": <related_articles_to_json>, "copy_of": <copy_of_to_json>.
void add_evidence_fields(const ArticleEvidence& evidence, std::string& record);

// The record of `check --json` with a store: weigh_evidence, then
// check_to_json and add_evidence_fields. When the store fails, the record
// without evidence and the status (for the caller to report).
std::string check_with_evidence_to_json(EvidenceStore& store, const EvidenceCombiner* combiner,
                                        const Model& model, CheckResult& result,
                                        bool include_body, Status* failure);

// {id, title, claims: <claims_to_json>}: one line of `verity claims --json`.
std::string article_claims_to_json(const Article& article,
                                   const std::vector<SentenceClaims>& claims);

}  // namespace verity

#endif  // VERITY_EVIDENCE_JSON_H_
