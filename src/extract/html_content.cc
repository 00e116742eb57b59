#include "extract/html_content.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/html_content_tree.h"
#include "extract/html_dom.h"
#include "extract/html_hints.h"
#include "extract/html_lead.h"

namespace verity::extract {
namespace {

// Runs shorter than this (visible characters) cast no vote: bylines,
// datelines and button labels say nothing about where the story is.
constexpr std::size_t kMinVotingChars = 25;
// A vote is 1, plus 1 per comma, plus 1 per 100 characters up to this many.
constexpr double kMaxLengthPoints = 3.0;
// A paragraph's vote reaches this many levels of containers: the first gets
// all of it, the second half, the next ones a third of it over their level.
constexpr int kVoteLevels = 5;
double vote_divider(int level) { return level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0; }
// Of the kTopCandidates best candidates, those within this share of the best
// one's score that share one ancestor with it (at least kMinSharingCandidates)
// hand the content to that ancestor.
constexpr std::size_t kTopCandidates = 5;
constexpr double kAlternativeCandidateShare = 0.75;
constexpr std::size_t kMinSharingCandidates = 3;
// Below this best score the page has no clear main content.
constexpr double kMinTopScore = 20.0;
// An earlier <article> like the winner's takes over from this share of its score.
constexpr double kFirstArticleShare = 0.3;
// Siblings of the winner join it from this share of its score (and never
// below kMinSiblingScore); a sibling sharing its class gets this share added.
constexpr double kSiblingShare = 0.2;
constexpr double kMinSiblingScore = 10.0;
// A sibling paragraph without a score joins when it is this long and has
// little link text, or shorter but link-free and ending a sentence.
constexpr std::size_t kLongSiblingChars = 80;
constexpr double kMaxSiblingLinkDensity = 0.25;
// Containers inside the content that are mostly link text and hold no prose
// (related-story lists, tag clouds, share bars) are dropped.
constexpr double kMaxContainerLinkDensity = 0.5;
// Content shorter than this (visible characters) is read again without the
// class hints (Readability's charThreshold).
constexpr std::size_t kMinContentChars = 500;

// What a container's tag says about it before any paragraph votes.
double tag_weight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
      return 5.0;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3.0;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3.0;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5.0;
    default:
      return 0.0;
  }
}

bool is_list_or_box(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

class ContentScorer {
 public:
  explicit ContentScorer(const ContentTree& tree)
      : tree_(tree),
        score_(tree.elements.size(), 0.0),
        is_candidate_(tree.elements.size(), false) {}

  // Indices of the elements whose subtrees make up the content; {0} (the
  // whole <body>) when no container scores well.
  std::vector<std::size_t> select_roots() {
    for (const TextRun& run : tree_.runs) vote(run);
    std::size_t top = best_candidate();
    if (top == kNoElement || final_score(top) < kMinTopScore) return {0};
    top = shared_ancestor_of_top_candidates(top);
    top = climb_while_parents_score(top);
    top = first_of_repeated_articles(top);
    return with_siblings(top);
  }

 private:
  GumboTag tag_of(std::size_t index) const { return tree_.elements[index].element->tag; }

  void add_score(std::size_t index, double points) {
    if (!is_candidate_[index]) {
      is_candidate_[index] = true;
      score_[index] = tag_weight(tag_of(index)) + class_weight(*tree_.elements[index].element);
    }
    score_[index] += points;
  }

  void vote(const TextRun& run) {
    if (run.chars < kMinVotingChars) return;
    if (run.kind != BlockKind::kParagraph && run.kind != BlockKind::kQuote) return;
    const double points = 1.0 + static_cast<double>(run.commas) +
                          std::min(static_cast<double>(run.chars / 100), kMaxLengthPoints);
    // A <p> (or a div holding nothing but this text) is a paragraph: its
    // parent is the container. Text directly in a container with other
    // content (a div of <br>-separated lines) votes for that div itself.
    const ContentElement& owner = tree_.elements[run.owner];
    const bool owner_is_paragraph =
        tag_of(run.owner) == GUMBO_TAG_P || tag_of(run.owner) == GUMBO_TAG_PRE || owner.runs == 1;
    std::size_t ancestor =
        owner_is_paragraph && owner.parent != kNoElement ? owner.parent : run.owner;
    // The container gets the whole vote and its ancestors a shrinking share,
    // so a story cut into many small boxes (one <div> a step, a paragraph a
    // <section>) still adds up in the box around them all.
    for (int level = 0; level < kVoteLevels && ancestor != kNoElement; ++level) {
      add_score(ancestor, points / vote_divider(level));
      ancestor = tree_.elements[ancestor].parent;
    }
  }

  double final_score(std::size_t index) const {
    return score_[index] * (1.0 - tree_.elements[index].link_density());
  }

  std::size_t best_candidate() const {
    std::size_t best = kNoElement;
    for (std::size_t i = 0; i < score_.size(); ++i) {
      if (is_candidate_[i] && (best == kNoElement || final_score(i) > final_score(best))) best = i;
    }
    return best;
  }

  bool contains(std::size_t ancestor, std::size_t index) const {
    return ancestor < index && index < tree_.elements[ancestor].end;
  }

  // When several of the best candidates, each nearly as good as the top one,
  // sit inside one ancestor of it, the story is spread over boxes and that
  // ancestor holds all of it (Readability's alternative-candidate rule).
  std::size_t shared_ancestor_of_top_candidates(std::size_t top) {
    std::vector<std::size_t> best;
    for (std::size_t i = 0; i < score_.size(); ++i) {
      if (is_candidate_[i] && i != top &&
          final_score(i) >= final_score(top) * kAlternativeCandidateShare) {
        best.push_back(i);
      }
    }
    const auto by_score = [this](std::size_t a, std::size_t b) {
      return final_score(a) > final_score(b);
    };
    const std::size_t keep = std::min(best.size(), kTopCandidates - 1);
    std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(keep), best.end(),
                      by_score);
    best.resize(keep);
    if (best.size() < kMinSharingCandidates) return top;
    for (std::size_t up = tree_.elements[top].parent; up != kNoElement && up != 0;
         up = tree_.elements[up].parent) {
      const auto inside = static_cast<std::size_t>(
          std::count_if(best.begin(), best.end(), [&](std::size_t i) { return contains(up, i); }));
      if (inside >= kMinSharingCandidates) {
        add_score(up, 0.0);
        return up;
      }
    }
    return top;
  }

  // A parent that scores better than the candidate below it holds more of the
  // story; a lone child gives way to its parent (Readability's last steps).
  std::size_t climb_while_parents_score(std::size_t top) {
    double last = final_score(top);
    const double floor = last / 3.0;
    for (std::size_t up = tree_.elements[top].parent; up != kNoElement && up != 0;
         up = tree_.elements[up].parent) {
      if (!is_candidate_[up]) continue;
      const double score = final_score(up);
      if (score < floor) break;
      if (score > last) {
        top = up;
        break;
      }
      last = score;
    }
    for (std::size_t up = tree_.elements[top].parent; up != kNoElement && up != 0;
         up = tree_.elements[up].parent) {
      if (child_count(up) != 1) break;
      add_score(up, 0.0);
      top = up;
    }
    return top;
  }

  // An endless-scroll page prints the next stories below its own, each in an
  // <article> like it. When the winner is (or sits in) such an <article> and
  // an earlier sibling <article> of the same class holds a story too (at
  // least kFirstArticleShare of the winner's score), the page's own story is
  // the first one.
  std::size_t first_of_repeated_articles(std::size_t top) const {
    std::size_t article = top;
    for (int level = 0; level < 3 && article != kNoElement && tag_of(article) != GUMBO_TAG_ARTICLE;
         ++level) {
      article = tree_.elements[article].parent;
    }
    if (article == kNoElement || article == 0 || tag_of(article) != GUMBO_TAG_ARTICLE) {
      // Or the winner is the story's wrapper, with one <article> in it.
      article = kNoElement;
      for (std::size_t i = top + 1; i < tree_.elements[top].end; ++i) {
        if (tag_of(i) != GUMBO_TAG_ARTICLE) continue;
        if (article != kNoElement) return top;
        article = i;
        i = tree_.elements[i].end - 1;
      }
      if (article == kNoElement) return top;
    }
    // The stories may each sit in a wrapper of their own: look under the
    // article's grandparent.
    std::size_t scope = tree_.elements[article].parent;
    if (scope != kNoElement && tree_.elements[scope].parent != kNoElement)
      scope = tree_.elements[scope].parent;
    if (scope == kNoElement) return top;
    const std::string_view article_class =
        attribute_value(*tree_.elements[article].element, "class");
    const double floor = final_score(top) * kFirstArticleShare;
    for (std::size_t i = scope + 1; i < article; ++i) {
      if (tag_of(i) != GUMBO_TAG_ARTICLE || contains(i, article) ||
          attribute_value(*tree_.elements[i].element, "class") != article_class) {
        continue;
      }
      // The earlier article's best-scoring box (itself or one inside it).
      std::size_t best = kNoElement;
      for (std::size_t j = i; j < tree_.elements[i].end; ++j) {
        if (is_candidate_[j] && (best == kNoElement || final_score(j) > final_score(best)))
          best = j;
      }
      if (best != kNoElement && final_score(best) >= floor) return i;
    }
    return top;
  }

  std::size_t child_count(std::size_t index) const {
    std::size_t children = 0;
    for (std::size_t i = index + 1; i < tree_.elements[index].end; i = tree_.elements[i].end) {
      ++children;
    }
    return children;
  }

  std::vector<std::size_t> with_siblings(std::size_t top) const {
    const std::size_t parent = tree_.elements[top].parent;
    if (parent == kNoElement) return {top};
    const double top_score = final_score(top);
    const double threshold = std::max(kMinSiblingScore, top_score * kSiblingShare);
    const std::string_view top_class = attribute_value(*tree_.elements[top].element, "class");
    std::vector<std::size_t> first_run(tree_.elements.size(), kNoElement);
    for (std::size_t r = tree_.runs.size(); r-- > 0;) first_run[tree_.runs[r].owner] = r;

    std::vector<std::size_t> roots;
    for (std::size_t i = parent + 1; i < tree_.elements[parent].end; i = tree_.elements[i].end) {
      if (i == top) {
        roots.push_back(i);
        continue;
      }
      const ContentElement& sibling = tree_.elements[i];
      double bonus = 0.0;
      if (!top_class.empty() && attribute_value(*sibling.element, "class") == top_class) {
        bonus = top_score * kSiblingShare;
      }
      if (is_candidate_[i] && final_score(i) + bonus >= threshold) {
        roots.push_back(i);
      } else if (tag_of(i) == GUMBO_TAG_P && reads_like_prose(sibling, first_run[i])) {
        roots.push_back(i);
      }
    }
    return roots;
  }

  bool reads_like_prose(const ContentElement& paragraph, std::size_t run) const {
    const double link_density = paragraph.link_density();
    if (paragraph.chars >= kLongSiblingChars) return link_density < kMaxSiblingLinkDensity;
    if (run == kNoElement || link_density > 0.0 || paragraph.runs != 1) return false;
    const std::string& text = tree_.runs[run].text;
    const char last = text.back();
    return last == '.' || last == '!' || last == '?' || last == '"';
  }

  const ContentTree& tree_;
  std::vector<double> score_;
  std::vector<bool> is_candidate_;
};

// Containers dropped from inside the chosen content: link lists and forms
// with no prose in them.
bool is_link_box(const ContentElement& element) {
  if (!is_list_or_box(element.element->tag) || element.prose_runs > 0) return false;
  return element.element->tag == GUMBO_TAG_FORM ||
         element.link_density() > kMaxContainerLinkDensity;
}

struct Selection {
  Blocks blocks;
  bool scored = false;  // a container won, rather than the whole <body>
  std::size_t chars = 0;
  const GumboElement* first_root = nullptr;   // the first container kept
  const GumboElement* first_owner = nullptr;  // the element of the first block kept
};

// The content of one tree: the scorer's roots, less the link boxes inside them.
Selection select_content(ContentTree& tree) {
  Selection selection;
  if (tree.runs.empty()) return selection;
  const std::vector<std::size_t> roots = ContentScorer(tree).select_roots();
  selection.scored = roots.size() != 1 || roots[0] != 0;
  selection.first_root = tree.elements[roots.front()].element;

  // Which elements' text is kept: inside a root and not inside a link box.
  // Subtrees are index ranges, so two difference arrays mark them in linear
  // time however they nest.
  const std::size_t n = tree.elements.size();
  std::vector<int> included(n + 1, 0);
  std::vector<int> dropped(n + 1, 0);
  std::vector<bool> is_root(n, false);
  for (std::size_t root : roots) {
    is_root[root] = true;
    ++included[root];
    --included[tree.elements[root].end];
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_root[i] && is_link_box(tree.elements[i])) {
      ++dropped[i];
      --dropped[tree.elements[i].end];
    }
  }
  std::vector<bool> keep(n, false);
  int inside_root = 0;
  int inside_box = 0;
  for (std::size_t i = 0; i < n; ++i) {
    inside_root += included[i];
    inside_box += dropped[i];
    keep[i] = inside_root > 0 && inside_box == 0;
  }

  for (TextRun& run : tree.runs) {
    if (!keep[run.owner]) continue;
    if (selection.blocks.empty()) selection.first_owner = tree.elements[run.owner].element;
    selection.chars += run.chars;
    selection.blocks.push_back({std::move(run.text), run.kind});
  }
  return selection;
}

// A standfirst above the content's first block (find_lead) opens the story,
// unless the content holds it already.
Blocks with_lead(const GumboNode* body, Selection& selection) {
  if (!selection.scored) return std::move(selection.blocks);
  std::string lead = find_lead(body, selection.first_root, selection.first_owner);
  if (lead.empty()) return std::move(selection.blocks);
  const std::string_view opening = std::string_view(lead).substr(0, 60);
  for (const Block& block : selection.blocks) {
    if (block.text.find(opening) != std::string::npos) return std::move(selection.blocks);
  }
  selection.blocks.insert(selection.blocks.begin(), Block{std::move(lead), BlockKind::kParagraph});
  return std::move(selection.blocks);
}

}  // namespace

Blocks extract_main_content(const GumboNode* body) {
  ContentTree tree = build_content_tree(body);
  Selection first = select_content(tree);
  if (body == nullptr) return std::move(first.blocks);
  if (first.scored && first.chars >= kMinContentChars) return with_lead(body, first);
  // Too little text, or no container stood out: class hints may have skipped
  // the story's own wrapper (a "two-col-sidebar-right" layout, a "nav-drawer"
  // panel around the page). Read the page again without them, as Readability
  // does when its first pass comes back short, and keep the longer result,
  // or the one where a container won if the first had none (and the
  // container holds at least half as much text as the whole page did).
  ContentTree unhinted = build_content_tree(body, /*use_class_hints=*/false);
  Selection second = select_content(unhinted);
  const bool second_scored_instead = second.scored && !first.scored &&
                                     second.chars >= kMinContentChars &&
                                     second.chars * 2 >= first.chars;
  return second_scored_instead || second.chars > first.chars ? with_lead(body, second)
                                                             : with_lead(body, first);
}

}  // namespace verity::extract
