// JSON forms of evidence records, shared by the CLI and (later) the HTTP
// service so both print the same thing.
#ifndef VERITY_EVIDENCE_JSON_H_
#define VERITY_EVIDENCE_JSON_H_

#include <string>
#include <vector>

#include "verity/article_store.h"
#include "verity/reputation.h"

namespace verity {

// {query, domain, unicode, matched, standing, score, summary, error?,
//  ratings: [{list, file, line, domain, score, labels, components {name:
//  value}, notes}]}. One line.
std::string reputation_to_json(const SourceReputation& reputation);

// {publisher: <reputation>, cited: [<reputation>...]}.
std::string article_sources_to_json(const ArticleSources& sources);

// {id, title, query: [terms], related: [{score, id, title, domain, url, date,
//  dataset, label, origin, hash, reputation: <reputation of its domain>}]}.
// REQUIRES: reputations.size() == related.articles.size().
std::string related_to_json(const Article& article, const RelatedResult& related,
                            const std::vector<SourceReputation>& reputations);

}  // namespace verity

#endif  // VERITY_EVIDENCE_JSON_H_
