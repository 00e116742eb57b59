// The JSON forms of evidence records (evidence.h), shared by the check record
// and the evidence commands' own records. Object keys are written in
// alphabetical order: the form these records have always had.
#ifndef VERITY_JSON_EVIDENCE_JSON_H_
#define VERITY_JSON_EVIDENCE_JSON_H_

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "json/json_writer.h"
#include "verity/evidence.h"

namespace verity::json {

template <typename W>
void write_reputation(Out<W>& out, const SourceReputation& r) {
  out.start_object();
  out.key("domain");
  out.string(r.domain);
  if (!r.error.empty()) {
    out.key("error");
    out.string(r.error);
  }
  out.key("matched");
  out.string(r.matched);
  out.key("query");
  out.string(r.query);
  out.key("ratings");
  out.start_array();
  for (const SourceRating& rating : r.ratings) {
    out.start_object();
    out.key("components");
    // By name, the later of two equal names winning.
    std::map<std::string, double> components;
    for (const auto& [name, value] : rating.components) components[name] = value;
    out.start_object();
    for (const auto& [name, value] : components) {
      out.external_key(name);
      out.number(value);
    }
    out.end_object();
    out.key("domain");
    out.string(rating.domain);
    out.key("file");
    out.string(rating.file);
    out.key("labels");
    out.strings(rating.labels);
    out.key("line");
    out.integer(rating.line);
    out.key("list");
    out.string(rating.list);
    out.key("notes");
    out.string(rating.notes);
    out.key("score");
    out.optional_number(rating.score);
    out.end_object();
  }
  out.end_array();
  out.key("score");
  out.optional_number(r.score);
  out.key("standing");
  out.string(standing_name(r.standing));
  out.key("summary");
  out.string(describe_reputation(r));
  out.key("unicode");
  out.string(r.unicode);
  out.end_object();
}

template <typename W>
void write_sources(Out<W>& out, const ArticleSources& sources) {
  out.start_object();
  out.key("cited");
  out.start_array();
  for (const SourceReputation& cited : sources.cited) write_reputation(out, cited);
  out.end_array();
  out.key("publisher");
  write_reputation(out, sources.publisher);
  out.end_object();
}

// The stored article's fields from `first` (alphabetically) up to, not
// including, `stop`; callers interleave their own keys between them.
template <typename W>
void write_stored_fields(Out<W>& out, const StoredArticle& a, std::string_view first,
                         std::string_view stop) {
  const std::pair<std::string_view, const std::string*> fields[] = {
      {"dataset", &a.dataset}, {"date", &a.date},   {"domain", &a.domain},
      {"hash", &a.hash},       {"id", &a.id},       {"label", &a.label},
      {"origin", &a.origin},   {"title", &a.title}, {"url", &a.url}};
  for (const auto& [name, value] : fields) {
    if (name < first || (!stop.empty() && name >= stop)) continue;
    out.key(name);
    out.string(*value);
  }
}

template <typename W>
void write_copy_of(Out<W>& out, const std::optional<CopyMatch>& copy_of) {
  if (!copy_of) return out.null();
  out.start_object();
  write_stored_fields(out, copy_of->article, "", "jaccard");
  out.key("jaccard");
  out.number(copy_of->jaccard);
  write_stored_fields(out, copy_of->article, "jaccard", "overlap");
  out.key("overlap");
  out.number(copy_of->overlap);
  write_stored_fields(out, copy_of->article, "overlap", "");
  out.end_object();
}

// REQUIRES: reputations.size() == related.size().
template <typename W>
void write_related_articles(Out<W>& out, const std::vector<RelatedArticle>& related,
                            const std::vector<SourceReputation>& reputations) {
  out.start_array();
  for (std::size_t i = 0; i < related.size(); ++i) {
    const RelatedArticle& r = related[i];
    out.start_object();
    out.key("coverage");
    out.number(r.coverage);
    write_stored_fields(out, r.article, "", "reputation");
    out.key("reputation");
    write_reputation(out, reputations[i]);
    out.key("score");
    out.number(r.score);
    out.key("shared_terms");
    out.strings(r.shared_terms);
    write_stored_fields(out, r.article, "shared_terms", "");
    out.end_object();
  }
  out.end_array();
}

template <typename W>
void write_claim_match(Out<W>& out, const ClaimMatch& m) {
  const RatedClaim& c = m.claim;
  out.start_object();
  out.key("claim");
  out.string(c.claim);
  out.key("collection");
  out.string(c.collection);
  out.key("context");
  out.string(c.context);
  out.key("cosine");
  out.number(m.cosine);
  out.key("date");
  out.string(c.date);
  out.key("provenance");
  out.string(c.file + ":" + std::to_string(c.line));
  out.key("rating");
  out.string(c.rating);
  out.key("reviewer");
  out.string(c.reviewer);
  out.key("score");
  out.number(m.score);
  out.key("shared_entities");
  out.strings(m.shared_entities);
  out.key("shared_numbers");
  out.strings(m.shared_numbers);
  out.key("shared_terms");
  out.strings(m.shared_terms);
  out.key("speaker");
  out.string(c.speaker);
  out.key("subjects");
  out.string(c.subjects);
  out.key("url");
  out.string(c.url);
  out.key("verdict");
  out.string(c.verdict);
  out.end_object();
}

template <typename W>
void write_claims(Out<W>& out, const std::vector<SentenceClaims>& claims) {
  out.start_array();
  for (const SentenceClaims& found : claims) {
    const CheckWorthySentence& s = found.sentence;
    out.start_object();
    out.key("begin");
    out.integer(s.span.begin);
    out.key("cues");
    out.start_array();
    for (const ClaimCue& cue : s.cues) {
      out.start_object();
      out.key("cue");
      out.string(cue.cue);
      out.key("text");
      out.string(cue.text);
      out.key("weight");
      out.number(cue.weight);
      out.end_object();
    }
    out.end_array();
    out.key("end");
    out.integer(s.span.end);
    out.key("entities");
    out.strings(s.entities);
    out.key("matches");
    out.start_array();
    for (const ClaimMatch& match : found.matches) write_claim_match(out, match);
    out.end_array();
    out.key("numbers");
    out.strings(s.numbers);
    out.key("paragraph");
    out.integer(s.paragraph);
    out.key("score");
    out.number(s.score);
    out.key("text");
    out.string(s.text);
    out.end_object();
  }
  out.end_array();
}

// The fields evidence adds at the end of a check record.
template <typename W>
void write_evidence_fields(Out<W>& out, const ArticleEvidence& evidence) {
  out.key("source");
  write_sources(out, evidence.sources);
  out.key("claims");
  write_claims(out, evidence.claims);
  out.key("related");
  write_related_articles(out, evidence.related.articles, evidence.related_reputations);
  out.key("copy_of");
  write_copy_of(out, evidence.copy_of);
}

}  // namespace verity::json

#endif  // VERITY_JSON_EVIDENCE_JSON_H_
