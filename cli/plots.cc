// ROC curves and reliability diagrams as standalone SVG 1.1 documents.
//
// The output must open anywhere (browsers, report viewers, a file attached to
// an issue): no scripts, no external fonts or stylesheets, and every
// user-supplied string is repaired to UTF-8 and XML-escaped. Numbers are
// written with std::to_chars so the C locale of the caller cannot turn "0.5"
// into "0,5".
#include "plots.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::cli {
namespace {

// Layout of the 480x400 canvas: a square-ish plot with room for the title on
// top, tick labels and axis names on the left and below.
constexpr double kWidth = 480;
constexpr double kHeight = 400;
constexpr double kPlotLeft = 64;
constexpr double kPlotTop = 44;
constexpr double kPlotWidth = 392;
constexpr double kPlotHeight = 300;

// Enough points to look smooth at this size while keeping a ROC curve over
// millions of examples to a few tens of kilobytes.
constexpr std::size_t kMaxPolylinePoints = 2000;

// Okabe–Ito colours: distinct for the common forms of colour blindness and
// dark enough to read on white.
constexpr std::array<std::string_view, 6> kSeriesColours = {"#0072B2", "#D55E00", "#009E73",
                                                            "#CC79A7", "#E69F00", "#000000"};

void append_number(double value, int decimals, std::string& out) {
  if (!std::isfinite(value)) value = 0;  // never emit "nan" into an attribute
  if (value == 0) value = 0;             // no "-0.0"
  char buffer[64];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (error == std::errc()) out.append(buffer, end);
}

// The text with every byte that does not start a well-formed UTF-8
// sequence replaced by U+FFFD (utf8proc judges the sequences).
std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    if (length <= 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(text.substr(i, static_cast<std::size_t>(length)));
    i += static_cast<std::size_t>(length);
  }
  return out;
}

// Character data and attribute values: escapes markup characters and drops
// control characters that XML 1.0 forbids even as references.
void append_escaped(std::string_view text, std::string& out) {
  for (char c : valid_utf8(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
}

// Data coordinates in [0, 1] to canvas pixels; out-of-range values are
// clamped so a bad point stays on the plot instead of drawing over labels.
double x_pixel(double x) { return kPlotLeft + std::clamp(x, 0.0, 1.0) * kPlotWidth; }
double y_pixel(double y) { return kPlotTop + (1 - std::clamp(y, 0.0, 1.0)) * kPlotHeight; }

void append_text(double x, double y, std::string_view anchor, int size, std::string_view text,
                 std::string& out, std::string_view extra = {}) {
  out += "<text x=\"";
  append_number(x, 1, out);
  out += "\" y=\"";
  append_number(y, 1, out);
  out += "\" text-anchor=\"";
  out += anchor;
  out += "\" font-size=\"";
  out += std::to_string(size);
  out += '"';
  out += extra;
  out += '>';
  append_escaped(text, out);
  out += "</text>\n";
}

// Writes `<name a="v" ...` followed by `style` and "/>", with each value in
// canvas pixels.
void append_shape(std::string_view name, std::initializer_list<std::string_view> attributes,
                  std::initializer_list<double> values, std::string_view style, std::string& out) {
  out += '<';
  out += name;
  const double* value = values.begin();
  for (std::string_view attribute : attributes) {
    out += ' ';
    out += attribute;
    out += "=\"";
    append_number(*value++, 1, out);
    out += '"';
  }
  out += style;
  out += "/>\n";
}

void append_line(double x1, double y1, double x2, double y2, std::string_view style,
                 std::string& out) {
  append_shape("line", {"x1", "y1", "x2", "y2"}, {x1, y1, x2, y2}, style, out);
}

void append_rect(double x, double y, double width, double height, std::string_view style,
                 std::string& out) {
  append_shape("rect", {"x", "y", "width", "height"}, {x, y, width, height}, style, out);
}

void append_header(std::string_view title, std::string& out) {
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"480\" height=\"400\" ";
  out += "viewBox=\"0 0 480 400\" font-family=\"sans-serif\">\n<title>";
  append_escaped(title, out);
  out += "</title>\n<rect width=\"480\" height=\"400\" fill=\"#ffffff\"/>\n";
  append_text(kWidth / 2, 24, "middle", 15, title, out, " font-weight=\"bold\"");
}

// Frame, grid, ticks at 0, 0.2, ..., 1 with labels, axis names, and the
// dashed diagonal that both plots use as their reference (chance for ROC,
// perfect calibration for reliability).
void append_axes(std::string_view x_name, std::string_view y_name, std::string& out) {
  out += "<g stroke=\"#e5e5e5\" stroke-width=\"1\">\n";
  for (int tick = 1; tick < 5; ++tick) {
    const double at = tick / 5.0;
    append_line(x_pixel(at), y_pixel(0), x_pixel(at), y_pixel(1), "", out);
    append_line(x_pixel(0), y_pixel(at), x_pixel(1), y_pixel(at), "", out);
  }
  out += "</g>\n";
  append_rect(kPlotLeft, kPlotTop, kPlotWidth, kPlotHeight,
              " fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"", out);

  out += "<g stroke=\"#333333\" stroke-width=\"1\">\n";
  for (int tick = 0; tick <= 5; ++tick) {
    const double at = tick / 5.0;
    append_line(x_pixel(at), y_pixel(0), x_pixel(at), y_pixel(0) + 5, "", out);
    append_line(x_pixel(0) - 5, y_pixel(at), x_pixel(0), y_pixel(at), "", out);
  }
  out += "</g>\n";
  static constexpr std::array<std::string_view, 6> kTickLabels = {"0",   "0.2", "0.4",
                                                                  "0.6", "0.8", "1"};
  for (int tick = 0; tick <= 5; ++tick) {
    const double at = tick / 5.0;
    append_text(x_pixel(at), y_pixel(0) + 19, "middle", 11, kTickLabels[tick], out);
    append_text(x_pixel(0) - 8, y_pixel(at) + 4, "end", 11, kTickLabels[tick], out);
  }
  append_text(kPlotLeft + kPlotWidth / 2, kHeight - 14, "middle", 12, x_name, out);
  const double y_middle = kPlotTop + kPlotHeight / 2;
  std::string rotate = " transform=\"rotate(-90 20 ";
  append_number(y_middle, 1, rotate);
  rotate += ")\"";
  append_text(20, y_middle, "middle", 12, y_name, out, rotate);

  append_line(x_pixel(0), y_pixel(0), x_pixel(1), y_pixel(1),
              " stroke=\"#888888\" stroke-width=\"1\" stroke-dasharray=\"5,4\"", out);
}

// Evenly spaced subset of at most kMaxPolylinePoints indices, always keeping
// both ends so the curve still runs from (0,0) to (1,1).
std::vector<std::size_t> thinned_indices(std::size_t count) {
  std::vector<std::size_t> indices;
  if (count <= kMaxPolylinePoints) {
    for (std::size_t i = 0; i < count; ++i) indices.push_back(i);
    return indices;
  }
  const std::size_t last = count - 1;
  const std::size_t steps = kMaxPolylinePoints - 1;
  for (std::size_t k = 0; k <= steps; ++k) {
    // Integer arithmetic in two parts avoids overflow of k * last.
    indices.push_back(k * (last / steps) + k * (last % steps) / steps);
  }
  return indices;
}

// A polyline through `count` data points, where `point_at(i)` gives the
// (x, y) of point i. Points are thinned to at most kMaxPolylinePoints and a
// point that lands on the same 0.1 px as the one before is skipped, so long
// flat runs of a ROC curve cost nothing.
void append_polyline(std::string_view colour, std::size_t count, const auto& point_at,
                     std::string& out) {
  out += "<polyline fill=\"none\" stroke=\"";
  out += colour;
  out += "\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"";
  std::string previous;
  std::string current;
  for (std::size_t i : thinned_indices(count)) {
    const auto [x, y] = point_at(i);
    current.clear();
    append_number(x_pixel(x), 1, current);
    current += ',';
    append_number(y_pixel(y), 1, current);
    if (current == previous) continue;
    if (!previous.empty()) out += ' ';
    out += current;
    previous.swap(current);
  }
  out += "\"/>\n";
}

std::string auc_label(const RocSeries& series) {
  std::string label = series.name + " (AUC ";
  if (std::isnan(series.auc)) {
    label += "n/a";
  } else {
    append_number(series.auc, 3, label);
  }
  label += ')';
  return label;
}

// Legend in the lower right of the plot, where a useful ROC curve is not,
// on a translucent panel so a curve that does pass there stays readable.
// Without font metrics the panel width is estimated from the label length.
void append_legend(const std::vector<RocSeries>& series, std::string& out) {
  constexpr double kRowHeight = 18;
  constexpr double kCharWidth = 6.8;  // generous average for 12px sans-serif
  const double legend_bottom = kPlotTop + kPlotHeight - 10;
  if (!series.empty()) {
    std::size_t longest = 0;
    for (const RocSeries& entry : series) longest = std::max(longest, auc_label(entry).size());
    const double width = std::min(kPlotWidth - 8, 44 + kCharWidth * static_cast<double>(longest));
    const double height = kRowHeight * static_cast<double>(series.size()) + 6;
    append_rect(kPlotLeft + kPlotWidth - 4 - width, legend_bottom + 6 - height, width, height,
                " fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#cccccc\"", out);
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    const double y = legend_bottom - static_cast<double>(series.size() - 1 - s) * kRowHeight;
    const double x = kPlotLeft + kPlotWidth - 12;
    const std::string style = " stroke=\"" +
                              std::string(kSeriesColours[s % kSeriesColours.size()]) +
                              "\" stroke-width=\"3\"";
    append_line(x - 22, y - 4, x, y - 4, style, out);
    append_text(x - 28, y, "end", 12, auc_label(series[s]), out);
  }
}

}  // namespace

std::string roc_svg(const std::string& title, const std::vector<RocSeries>& series) {
  std::string out;
  append_header(title, out);
  append_axes("False positive rate", "True positive rate", out);

  for (std::size_t s = 0; s < series.size(); ++s) {
    const std::string_view colour = kSeriesColours[s % kSeriesColours.size()];
    const std::vector<RocPoint>& points = series[s].points;
    append_polyline(
        colour, points.size(),
        [&](std::size_t i) {
          return std::pair{points[i].false_positive_rate, points[i].true_positive_rate};
        },
        out);
  }

  append_legend(series, out);
  out += "</svg>\n";
  return out;
}

std::string reliability_svg(const std::string& title, const std::vector<ReliabilityBin>& bins) {
  std::string out;
  append_header(title, out);
  append_axes("Mean predicted probability", "Observed rate of positives", out);

  const std::string_view colour = kSeriesColours[0];
  if (!bins.empty()) {
    append_polyline(
        colour, bins.size(),
        [&](std::size_t i) {
          return std::pair{bins[i].mean_probability, bins[i].observed_rate};
        },
        out);
  }
  // Circles and counts only while they stay legible; beyond that the line
  // alone carries the shape.
  if (bins.size() <= 50) {
    const std::string dot_style = " fill=\"" + std::string(colour) + "\"";
    for (const ReliabilityBin& bin : bins) {
      append_shape("circle", {"cx", "cy", "r"},
                   {x_pixel(bin.mean_probability), y_pixel(bin.observed_rate), 4}, dot_style, out);
      append_text(x_pixel(bin.mean_probability), y_pixel(bin.observed_rate) - 8, "middle", 9,
                  std::to_string(bin.count), out, " fill=\"#555555\"");
    }
  }
  append_text(kPlotLeft + 8, kPlotTop + 16, "start", 10, "labels: examples per bin", out,
              " fill=\"#555555\"");
  out += "</svg>\n";
  return out;
}

}  // namespace verity::cli
