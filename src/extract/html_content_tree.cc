#include "extract/html_content_tree.h"

#include <algorithm>
#include <string_view>

#include "extract/html_dom.h"
#include "extract/html_hints.h"

namespace verity::extract {
namespace {

// Deeper elements are left out. The markup bound before parsing keeps real
// trees far shallower; this only guarantees the walk's own memory.
constexpr std::size_t kMaxWalkDepth = 2048;

// The block kind that text inside `tag` takes; the innermost such tag wins
// (a <p> inside a <blockquote> is a quote).
BlockKind kind_inside(GumboTag tag, BlockKind outer) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return BlockKind::kHeading;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
      return BlockKind::kListItem;
    case GUMBO_TAG_BLOCKQUOTE:
      return BlockKind::kQuote;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
      return BlockKind::kCaption;
    default:
      return outer;
  }
}

bool keeps_line_breaks(GumboTag tag) {
  return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT;
}

struct Frame {
  const GumboNode* node;
  std::size_t index;  // this element in ContentTree::elements
  std::size_t owner;  // the block element text directly inside belongs to
  BlockKind kind;
  bool in_link;
  bool in_pre;
  unsigned int next_child = 0;
};

class TreeBuilder {
 public:
  explicit TreeBuilder(bool use_class_hints) : use_class_hints_(use_class_hints) {}

  ContentTree build(const GumboNode* root) {
    if (root == nullptr || root->type != GUMBO_NODE_ELEMENT) return std::move(tree_);
    tree_.elements.push_back({&root->v.element, kNoElement, 0});
    stack_.push_back({root, 0, 0, BlockKind::kParagraph, false, false});
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      const GumboVector& children = frame.node->v.element.children;
      if (frame.next_child < children.length && stack_.size() < kMaxWalkDepth) {
        const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child]);
        ++frame.next_child;
        visit(child, frame);  // may grow stack_: `frame` is dead after this
        continue;
      }
      if (is_block_tag(frame.node->v.element.tag)) flush();
      tree_.elements[frame.index].end = tree_.elements.size();
      stack_.pop_back();
    }
    flush();
    sum_subtrees();
    return std::move(tree_);
  }

 private:
  void visit(const GumboNode* child, const Frame& parent) {
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        add_text(child->v.text.text, parent);
        return;
      case GUMBO_NODE_ELEMENT:
        break;
      default:  // comments, templates
        return;
    }
    const GumboElement& element = child->v.element;
    const bool block = is_block_tag(element.tag);
    if (element.tag == GUMBO_TAG_BR || is_skipped_element(element, use_class_hints_)) {
      // A skipped block still separates the text around it.
      if (block) flush();
      return;
    }
    if (block) flush();
    const std::size_t index = tree_.elements.size();
    tree_.elements.push_back({&element, parent.index, 0});
    const Frame frame{child,
                      index,
                      block ? index : parent.owner,
                      kind_inside(element.tag, parent.kind),
                      parent.in_link || element.tag == GUMBO_TAG_A,
                      parent.in_pre || keeps_line_breaks(element.tag)};
    stack_.push_back(frame);
  }

  void add_text(std::string_view text, const Frame& frame) {
    while (!text.empty()) {
      // In <pre>, each source line is a line of its own.
      std::size_t line_end = frame.in_pre ? text.find('\n') : std::string_view::npos;
      const std::string_view piece = text.substr(0, line_end);
      const std::size_t chars = count_visible_chars(piece);
      if (chars > 0 || !pending_.empty()) {
        append_collapsed(piece, pending_);
        owner_ = frame.owner;
        kind_ = frame.kind;
        pending_chars_ += chars;
        ContentElement& element = tree_.elements[frame.index];
        element.chars += chars;
        if (frame.in_link) {
          element.link_chars += chars;
          pending_link_chars_ += chars;
        }
      }
      if (line_end == std::string_view::npos) break;
      flush();
      text.remove_prefix(line_end + 1);
    }
  }

  void flush() {
    trim_trailing_space(pending_);
    if (!pending_.empty()) {
      TextRun run;
      run.owner = owner_;
      run.kind = kind_;
      run.chars = pending_chars_;
      run.link_chars = pending_link_chars_;
      run.commas = static_cast<std::size_t>(std::count(pending_.begin(), pending_.end(), ','));
      run.text = std::move(pending_);
      ContentElement& owner = tree_.elements[owner_];
      ++owner.runs;
      if (run.chars >= kProseRunChars && run.link_chars * 4 < run.chars) ++owner.prose_runs;
      tree_.runs.push_back(std::move(run));
    }
    pending_.clear();
    pending_chars_ = 0;
    pending_link_chars_ = 0;
  }

  // Pre-order puts every child after its parent, so one backward sweep
  // turns per-element counts into subtree totals.
  void sum_subtrees() {
    for (std::size_t i = tree_.elements.size(); i-- > 1;) {
      const ContentElement& child = tree_.elements[i];
      ContentElement& parent = tree_.elements[child.parent];
      parent.chars += child.chars;
      parent.link_chars += child.link_chars;
      parent.runs += child.runs;
      parent.prose_runs += child.prose_runs;
    }
  }

  bool use_class_hints_;
  ContentTree tree_;
  std::vector<Frame> stack_;
  std::string pending_;  // the run being built, whitespace already collapsed
  std::size_t owner_ = 0;
  BlockKind kind_ = BlockKind::kParagraph;
  std::size_t pending_chars_ = 0;
  std::size_t pending_link_chars_ = 0;
};

}  // namespace

ContentTree build_content_tree(const GumboNode* root, bool use_class_hints) {
  return TreeBuilder(use_class_hints).build(root);
}

}  // namespace verity::extract
